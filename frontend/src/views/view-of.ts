// Which view draws which route: one table for the app (app.ts) and the site builder.
import type { Route } from '../routes';
import { authorPage } from './author';
import { notFoundPage } from './errors';
import { homePage } from './home';
import { itemPage } from './item';
import type { PageContext, PageView } from './page';
import { photoStoriesPage } from './photo-stories';
import { previewPage } from './preview';
import { searchPage } from './search';
import { sectionPage } from './section';
import { tagPage } from './tag';
import { videosPage } from './videos';

/** The view of a route: what the app draws here and the site builder writes as a file. */
export function viewOf(context: PageContext, route: Route): Promise<PageView> | PageView {
  switch (route.name) {
    case 'home':
      return homePage(context);
    case 'section':
      return sectionPage(context, route);
    case 'item':
      return itemPage(context, route);
    case 'videos':
      return videosPage(context, route);
    case 'photoStories':
      return photoStoriesPage(context, route);
    case 'search':
      return searchPage(context, route);
    case 'tag':
      return tagPage(context, route);
    case 'preview':
      return previewPage(context, route);
    case 'author':
      return authorPage(context, route);
    case 'notFound':
      return notFoundPage();
  }
}

