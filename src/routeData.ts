import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { course } from './course';

/**
 * The home page's hero shows the course title and subtitle from src/course.ts, so renaming
 * the course is a one-file change (the site title in the header reads the same file).
 */
export const onRequest = defineRouteMiddleware((context) => {
  const { entry } = context.locals.starlightRoute;
  if (context.locals.starlightRoute.id === '' && entry.data.hero) {
    entry.data.hero.title = course.title;
    entry.data.hero.tagline = `${course.subtitle}。${entry.data.hero.tagline ?? ''}`;
  }
});
