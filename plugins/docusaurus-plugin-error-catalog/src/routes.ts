/** Registers one route per page, each with its own JSON data module. */
import type {PluginContentLoadedActions} from '@docusaurus/types';
import type {ErrorCatalogContent} from './model';

type Actions = Pick<PluginContentLoadedActions, 'createData' | 'addRoute'>;

/** Data-module file names are derived from URL paths, so they are stable and unique. */
function dataFileName(permalink: string): string {
  return `${permalink.replace(/^\/+|\/+$/g, '').replace(/[^A-Za-z0-9_-]+/g, '_') || 'root'}.json`;
}

export interface PageRoute {
  route: {path: string; component: string; exact: boolean};
  /** Name of the component prop that receives `data`. */
  prop: string;
  data: unknown;
}

export function buildRouteConfigs(content: ErrorCatalogContent): PageRoute[] {
  return [
    {route: {path: content.index.permalink, component: '@theme/ErrorIndexPage', exact: true}, prop: 'page', data: content.index},
    ...content.codes.map((data) => ({
      route: {path: data.permalink, component: '@theme/ErrorCodePage', exact: true},
      prop: 'page',
      data,
    })),
    ...content.categories.map((data) => ({
      route: {path: data.pagination.permalinks[data.pagination.page - 1]!, component: '@theme/ErrorCategoryPage', exact: true},
      prop: 'page',
      data,
    })),
    {
      route: {path: content.translations.permalink, component: '@theme/ErrorTranslationStatusPage', exact: true},
      prop: 'page',
      data: content.translations,
    },
    ...content.statuses.map((data) => ({
      route: {path: data.pagination.permalinks[data.pagination.page - 1]!, component: '@theme/ErrorStatusPage', exact: true},
      prop: 'page',
      data,
    })),
  ];
}

/** Adds every route; returns the path of the not-found lookup data module. */
export async function createRoutes(content: ErrorCatalogContent, actions: Actions): Promise<string> {
  await Promise.all(
    buildRouteConfigs(content).map(async ({route, prop, data}) => {
      const module = await actions.createData(dataFileName(route.path), JSON.stringify(data));
      actions.addRoute({...route, modules: {[prop]: module}});
    }),
  );
  return actions.createData('lookup.json', JSON.stringify(content.lookup));
}
