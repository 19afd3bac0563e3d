#!/usr/bin/env python3
"""rst_oracle.py - print, as JSON, what docutils finds in a reStructuredText file.

usage: rst_oracle.py [--no-doctitle] [--sphinx] FILE|-
       rst_oracle.py --many [--sphinx] < paths   (one JSON object per line: {"path", "result"})

Musubi's reference ("oracle") for its reStructuredText reader: the golden files of
tests/fixtures/rst/ are this script's output (npm run fixtures:refresh), and
scripts/compare-corpus.ts runs it over every .rst file of a machine. Needs Python 3 with
docutils 0.19 (the version the reader follows); --sphinx also needs Sphinx (Debian's
python3-sphinx: run it with /usr/bin/python3).

docutils runs with its defaults (tab width 8; a lone top-level section is promoted to the
document title, then a lone sub-section to the subtitle; --no-doctitle turns both off), except:
`include` and `raw` are disabled, nothing is written to stderr, and every system message (INFO
and up) is returned under "warnings". Never exits non-zero because of the input text; a
docutils exception becomes a warning with level 5 / type "CRASH".

--sphinx reads the file as a Sphinx build's parser sees it, for judging errors: the roles and
directives of Sphinx and of the extensions bundled with it are known (their content is read as
reST where Sphinx reads it so, and kept as text where it does not), so that only what a Sphinx
build would also report is reported. It does not resolve cross-references.

What is shown, by design of Musubi (and so what the golden files hold):
  text         docutils astext() without system messages, comments, substitution definitions
               (their content appears where it is used) and the table of contents that
               `contents` generates (Musubi's outline is the table of contents).
  sections     every section in document order; level 1 = child of the document (after title
               promotion); path = ancestor section titles; titles include sectnum's numbers.
  terms        definition-list items not nested inside another item; items inside an item's
               definition appear in its "nested_terms" (same shape).
  body_text    text of the definition: blocks joined by a blank line, line breaks inside a
               paragraph kept.
  links        every reference; url = refuri, or "#<id>" for internal ones.
  inlines      every literal / emphasis / strong element (``x``, *x*, **x**).
  bullets      items of bullet lists; depth = number of enclosing bullet lists.
  tables       every table: title, head and body rows of [cell text, more rows, more columns].
  images       every image outside running text (not a substitution's): uri, alt, the link
               it leads to, and a figure's caption and legend.
  footnotes    footnotes and citations: the label shown, whether a citation, the text.
  footnote_refs  the label every footnote and citation reference shows.
  literal_blocks every literal and doctest block: its text, and whether its inline markup was
               read (parsed-literal; a highlighted code block's tokens do not count).
  rubrics      the text of every rubric.
  term         innermost enclosing definition term, or null.
"""
import json
import sys

from docutils import nodes
from docutils.frontend import get_default_settings
from docutils.parsers.rst import Parser
from docutils.readers.standalone import Reader
from docutils.utils import new_document

INLINES = (nodes.literal, nodes.emphasis, nodes.strong)


def is_hidden(node):
    """Elements whose text a reader of the HTML does not see (see "text" above)."""
    if isinstance(node, (nodes.system_message, nodes.comment, nodes.substitution_definition)):
        return True
    return isinstance(node, nodes.topic) and 'contents' in node['classes']


def text(node):
    """node.astext() without the hidden elements."""
    node = node.deepcopy()
    for hidden in list(node.findall(is_hidden)):
        if hidden.parent is not None:
            hidden.parent.remove(hidden)
    return node.astext()


def ancestors(node, cls):
    """Ancestors of node that are instances of cls, innermost first."""
    found = []
    while (node := node.parent) is not None:
        if isinstance(node, cls):
            found.append(node)
    return found


def enclosing(node, cls):
    found = ancestors(node, cls)
    return found[0] if found else None


def visible(node):
    return not any(is_hidden(a) for a in [node] + ancestors(node, nodes.Element))


def section_path(node):
    return [text(s[0]) for s in reversed(ancestors(node, nodes.section))]


def term_of(node):
    item = enclosing(node, nodes.definition_list_item)
    return None if item is None else text(item[0])


def term_entry(item):
    definition = next((c for c in item.children if isinstance(c, nodes.definition)), None)
    nested = [] if definition is None else [
        term_entry(i) for i in definition.findall(nodes.definition_list_item)
        if enclosing(i, nodes.definition_list_item) is item]
    return {
        "term": text(item[0]),
        "classifiers": [text(c) for c in item.children if isinstance(c, nodes.classifier)],
        "section_path": section_path(item),
        "body_text": "" if definition is None else text(definition),
        "nested_terms": nested,
    }


def link_url(reference):
    if reference.get("refuri"):
        return reference["refuri"]
    return f"#{reference['refid']}" if reference.get("refid") else None


def table_entry(table):
    title = next((text(c) for c in table.children if isinstance(c, nodes.title)), None)
    group = next(c for c in table.children if isinstance(c, nodes.tgroup))

    def rows(part):
        return [[[text(entry), entry.get("morerows", 0), entry.get("morecols", 0)]
                 for entry in row.children] for row in part.children]
    head = next((rows(c) for c in group.children if isinstance(c, nodes.thead)), [])
    body = next((rows(c) for c in group.children if isinstance(c, nodes.tbody)), [])
    return {"title": title, "head": head, "body": body, "section_path": section_path(table)}


def image_entry(image):
    figure = image.parent if isinstance(image.parent, nodes.figure) else None
    if isinstance(image.parent, nodes.reference) and isinstance(image.parent.parent, nodes.figure):
        figure = image.parent.parent
    reference = image.parent if isinstance(image.parent, nodes.reference) else None
    caption = None
    legend = ""
    if figure is not None:
        caption = next((text(c) for c in figure.children if isinstance(c, nodes.caption)), None)
        legend = next((text(c) for c in figure.children if isinstance(c, nodes.legend)), "")
    return {"uri": image.get("uri"), "alt": image.get("alt", ""),
            "target": None if reference is None else link_url(reference),
            "caption": caption, "legend": legend, "section_path": section_path(image)}


def footnote_entry(note):
    label = next((c for c in note.children if isinstance(c, nodes.label)), None)
    body = note.deepcopy()
    for child in list(body.children):
        if isinstance(child, nodes.label):
            body.remove(child)
    return {"label": None if label is None else text(label),
            "citation": isinstance(note, nodes.citation), "text": text(body)}


def in_running_text(node):
    return any(not isinstance(a, nodes.reference) for a in ancestors(node, nodes.TextElement))


def structure(doc, messages, crash):
    first = lambda cls: next((text(c) for c in doc.children if isinstance(c, cls)), None)
    find = lambda cls: [n for n in doc.findall(cls) if visible(n)]
    warnings = [{"line": m.get("line"), "level": m["level"], "type": m["type"],
                 "message": m[0].astext() if len(m) else ""} for m in messages]
    return {
        "title": first(nodes.title),
        "subtitle": first(nodes.subtitle),
        "sections": [{"title": text(s[0]), "level": len(section_path(s)) + 1,
                      "path": section_path(s)} for s in find(nodes.section)],
        "terms": [term_entry(i) for i in find(nodes.definition_list_item)
                  if enclosing(i, nodes.definition_list_item) is None],
        "links": [{"text": text(r), "url": link_url(r),
                   "section_path": section_path(r), "term": term_of(r)}
                  for r in find(nodes.reference)],
        "inlines": [{"type": n.tagname, "text": text(n), "section_path": section_path(n),
                     "term": term_of(n)}
                    for n in doc.findall(lambda n: isinstance(n, INLINES)) if visible(n)],
        "bullets": [{"text": text(li), "depth": len(ancestors(li, nodes.bullet_list)),
                     "section_path": section_path(li), "term": term_of(li)}
                    for bl in find(nodes.bullet_list) for li in bl.children
                    if isinstance(li, nodes.list_item)],
        "tables": [table_entry(t) for t in find(nodes.table)],
        "images": [image_entry(i) for i in find(nodes.image) if not in_running_text(i)],
        "footnotes": [footnote_entry(f) for f in doc.findall(
            lambda n: isinstance(n, (nodes.footnote, nodes.citation))) if visible(f)],
        "footnote_refs": [text(r) for r in doc.findall(
            lambda n: isinstance(n, (nodes.footnote_reference, nodes.citation_reference)))
            if visible(r)],
        "literal_blocks": [{"text": text(b), "parsed": any(
            not isinstance(c, (nodes.Text, nodes.inline)) for c in b.children)}
            for b in find(lambda n: isinstance(n, (nodes.literal_block, nodes.doctest_block)))],
        "rubrics": [text(r) for r in find(nodes.rubric)],
        "warnings": warnings + ([crash] if crash else []),
    }


EMPTY = dict(title=None, subtitle=None, sections=[], terms=[], links=[], inlines=[], bullets=[],
             tables=[], images=[], footnotes=[], footnote_refs=[], literal_blocks=[], rubrics=[])


def parse(source, source_path, doctitle=True):
    settings = get_default_settings(Parser, Reader)
    overrides = {"warning_stream": False, "halt_level": 5, "doctitle_xform": doctitle,
                 "file_insertion_enabled": False, "raw_enabled": False}
    for name, value in overrides.items():
        setattr(settings, name, value)
    parser = Parser()
    doc = new_document(source_path, settings)
    messages = []
    doc.reporter.attach_observer(messages.append)
    crash = None
    try:
        parser.parse(source, doc)
        doc.transformer.populate_from_components((parser, Reader(parser=parser)))
        doc.transformer.apply_transforms()
    except Exception as exc:  # a docutils bug must not take the oracle down
        crash = {"line": None, "level": 5, "type": "CRASH",
                 "message": f"{type(exc).__name__}: {exc}"}
    return doc, messages, crash


def read(data, path, doctitle):
    source = data.decode("utf-8-sig", errors="replace")
    doc, messages, crash = parse(source, path, doctitle=doctitle)
    try:
        return structure(doc, messages, crash)
    except Exception as exc:  # half-built tree after a crash
        return dict(EMPTY, warnings=[crash or {"line": None, "level": 5, "type": "CRASH",
                                               "message": f"{type(exc).__name__}: {exc}"}])


def main(argv):
    flags = {a for a in argv if a.startswith("--")}
    args = [a for a in argv if not a.startswith("--")]
    if "--sphinx" in flags:
        import sphinx_names
        sphinx_names.register()
    doctitle = "--no-doctitle" not in flags
    if "--many" in flags:
        for line in sys.stdin:
            path = line.rstrip("\n")
            if not path:
                continue
            try:
                with open(path, "rb") as handle:
                    data = handle.read()
                result = read(data, path, doctitle)
            except OSError as exc:
                result = {"error": str(exc)}
            sys.stdout.write(json.dumps({"path": path, "result": result}, ensure_ascii=False))
            sys.stdout.write("\n")
            sys.stdout.flush()
        return
    if len(args) != 1 or "--help" in flags:
        sys.exit(__doc__.split("\n\n")[1])
    path = args[0]
    try:
        data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
    except OSError as exc:
        sys.exit(f"rst_oracle.py: {exc}")
    result = read(data, "<stdin>" if path == "-" else path, doctitle)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
