import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { paths } from '../../routes/paths';
import { useI18n } from '../i18n/I18nProvider';
import { PageNotFound } from '../NotFound/PageNotFound';

/**
 * The error boundary around every route (react-router's errorElement): a rendering failure or
 * an address the router cannot read shows what happened and a way back, never a blank page.
 */
export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  if (isRouteErrorResponse(error) && error.status === 404) return <PageNotFound />;
  const message =
    error instanceof URIError
      ? `${error.message} (${t('notFound.page')})`
      : error instanceof Error
        ? error.message
        : isRouteErrorResponse(error)
          ? `${error.status} ${error.statusText}`
          : String(error);
  return (
    <main className="page error-page">
      <section role="alert">
        <h1>{t('error.title')}</h1>
        <p>
          <code>{message}</code>
        </p>
        <p>
          <Link to={paths.home.href()} reloadDocument>
            {t('error.home')}
          </Link>
        </p>
      </section>
    </main>
  );
}
