"""sphinx_names.py - teach docutils the roles and directives of a Sphinx build (rst_oracle.py --sphinx).

A Sphinx build reads a page with docutils' parser, knowing more roles and directives. To judge
which problems a Sphinx build would report, without building a Sphinx project per file, this
module starts one Sphinx application (with the extensions bundled with Sphinx), asks it which
roles and directives it adds, and registers stand-ins for them with docutils:

- a directive stand-in splits its block as the real directive does (same arguments, any
  option) and reads its content as reST where Sphinx does (admonitions, object descriptions,
  `only`, a glossary's definitions...), or keeps it as a literal block where Sphinx does not
  (code, `toctree` entries, `index` entries...);
- a role stand-in shows what the real role shows (the title of `title <target>`, `~` and
  `()` for object references, the text after `!`) and reports nothing.

docutils' own roles and directives stay docutils' (Sphinx's replacements read the same).
Cross-references are not resolved, so no "undefined label" is reported.
"""
import os
import tempfile

from docutils import nodes, utils
from docutils.parsers.rst import Directive, directives, roles

EXTENSIONS = [
    "sphinx.ext.autodoc", "sphinx.ext.autosummary", "sphinx.ext.doctest", "sphinx.ext.todo",
    "sphinx.ext.ifconfig", "sphinx.ext.graphviz", "sphinx.ext.inheritance_diagram",
    "sphinx.ext.mathjax", "sphinx.ext.intersphinx", "sphinx.ext.extlinks",
    "sphinx.ext.viewcode", "sphinx.ext.napoleon",
]

# Directives whose content Sphinx does not read as reST.
NOT_REST = {
    "code", "code-block", "sourcecode", "literalinclude", "highlight", "productionlist",
    "math", "graphviz", "graph", "digraph", "doctest", "testcode", "testoutput", "testsetup",
    "testcleanup", "autosummary", "index", "tabularcolumns", "toctree", "inheritance-diagram",
    "todolist", "codeauthor", "sectionauthor", "moduleauthor", "default-domain", "program",
    "currentmodule",
}
# Directives whose real code needs no build environment: used as they are (`only` reads titles
# in its content and moves its sections where they belong).
REAL = {"only", "ifconfig"}
# Directives whose last argument is inline reST (a title, an explanation).
INLINE_ARGUMENT = {"versionadded", "versionchanged", "deprecated", "centered"}


class AnyOptions(dict):
    """An option_spec that accepts every option (an extension may add options)."""

    def __init__(self):
        super().__init__(name=directives.unchanged)

    def __missing__(self, key):
        return directives.unchanged

    def __contains__(self, key):
        return True


def stand_in(real, name):
    base = name.split(":")[-1]

    class StandIn(Directive):
        required_arguments = getattr(real, "required_arguments", 0)
        optional_arguments = getattr(real, "optional_arguments", 0)
        final_argument_whitespace = getattr(real, "final_argument_whitespace", False)
        has_content = True
        option_spec = AnyOptions()

        def run(self):
            text = "\n".join(self.content)
            if base in NOT_REST:
                return [nodes.literal_block(text, text)] if text else []
            container = nodes.container()
            messages = []
            if base in INLINE_ARGUMENT and self.arguments:
                inlines, messages = self.state.inline_text(self.arguments[-1], self.lineno)
                container += nodes.paragraph("", "", *inlines)
            if base == "glossary":
                self.glossary(container)
            elif self.content:
                self.state.nested_parse(self.content, self.content_offset, container)
            return [container] + messages

        def glossary(self, container):
            # Sphinx's Glossary.run: terms are unindented lines, definitions indented ones.
            entries = []
            in_definition, was_empty = True, True
            for line, offset in zip(self.content, self.content.items):
                if not line:
                    if in_definition and entries:
                        entries[-1][1].append(("", offset))
                    was_empty = True
                    continue
                if not line[0].isspace():
                    if line.startswith(".. "):
                        continue
                    if in_definition:
                        entries.append(([(line, offset)], []))
                        in_definition = False
                    elif entries:
                        entries[-1][0].append((line, offset))
                else:
                    if not in_definition:
                        in_definition = True
                        indent = len(line) - len(line.lstrip())
                    if entries:
                        entries[-1][1].append((line[indent:], offset))
                was_empty = False
            from docutils.statemachine import StringList
            for terms, definition in entries:
                item = nodes.definition_list_item()
                for term, (_source, line) in terms:
                    inlines, messages = self.state.inline_text(term.split(" : ")[0], line + 1)
                    item += nodes.term("", "", *inlines)
                    item += messages
                body = nodes.definition()
                if definition:
                    lines = StringList([t for t, _ in definition],
                                       items=[o for _, o in definition])
                    self.state.nested_parse(lines, definition[0][1][1], body)
                item += body
                container += nodes.definition_list("", item)

    StandIn.__name__ = f"StandIn_{base}"
    return StandIn


def role_stand_in(real, name):
    """What a Sphinx role shows, without the build environment its real code needs."""
    from sphinx.roles import XRefRole
    from sphinx.util.docutils import ReferenceRole

    domain = name.split(":")[0] if ":" in name else ("std" if name in {
        "ref", "doc", "term", "numref", "option", "envvar", "token", "keyword"} else "py")
    separator = "::" if domain == "cpp" else "."

    def role(role_name, rawtext, text, lineno, inliner, options={}, content=[]):
        if not isinstance(real, (XRefRole, ReferenceRole)):
            return [nodes.literal(rawtext, utils.unescape(text))], []
        match = ReferenceRole.explicit_title_re.match(text)
        disabled = text.startswith("!")
        explicit = bool(match) and not disabled
        title = utils.unescape(match.group(1) if explicit else text[1:] if disabled else text)
        if getattr(real, "fix_parens", False):
            if not explicit:
                title = (title[:-2] if title.endswith("()") else title) + "()"
        if not explicit and not disabled and isinstance(real, XRefRole):
            if domain in ("py", "js"):
                title = title.lstrip(".")
            if title.startswith("~"):
                title = title[1:].rsplit(separator, 1)[-1]
        return [nodes.literal(rawtext, title)], []
    return role


def register():
    from sphinx.application import Sphinx

    own_directives = set(directives._directive_registry)
    own_roles = set(roles._role_registry) | {"pep", "rfc", "code", "math"}
    tmp = tempfile.mkdtemp(prefix="sphinx-names-")
    with open(os.path.join(tmp, "index.rst"), "w") as handle:
        handle.write("x\n")
    app = Sphinx(tmp, None, os.path.join(tmp, "out"), os.path.join(tmp, "doctrees"), "dummy",
                 confoverrides={"extensions": EXTENSIONS}, status=None, warning=None)
    found_directives = {name: cls for name, cls in directives._directives.items()
                        if name not in own_directives}
    found_roles = {name: role for name, role in roles._roles.items() if name not in own_roles}
    for domain in app.registry.domains.values():
        bare = domain.name in ("py", "std")
        for name, cls in domain.directives.items():
            found_directives[f"{domain.name}:{name}"] = cls
            if bare:
                found_directives.setdefault(name, cls)
        for name, role in domain.roles.items():
            found_roles[f"{domain.name}:{name}"] = role
            if bare:
                found_roles.setdefault(name, role)
    # Sphinx replaced some of docutils' own (`include`, `figure`, `code`...) with versions that
    # need a build environment: docutils loads its own again on the next lookup.
    for name in own_directives:
        directives._directives.pop(name, None)
    for name in own_roles:
        roles._roles.pop(name, None)
    for name, cls in found_directives.items():
        directives.register_directive(name, cls if name in REAL else stand_in(cls, name))
    for name, role in found_roles.items():
        roles.register_local_role(name, role_stand_in(role, name))
