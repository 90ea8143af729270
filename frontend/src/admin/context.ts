// What every admin screen receives from the shell.
import type { SiteConfig } from '../config';
import type { AdminApi } from './api';
import type { Session } from './session';
import type { CategoryResponse, TokenResponse } from './types';

export interface AdminContext {
  api: AdminApi;
  session: Session;
  config: SiteConfig;
  /** The sections, read once and again after the categories screen changed them. */
  categories(): Promise<CategoryResponse[]>;
  categoriesChanged(): void;
  /** Goes to a hash route; `replace` keeps the current entry out of the history (a new item's first save). */
  navigate(hash: string, replace?: boolean): void;
  /**
   * The screen shown has work that leaving would lose (the editor with unsaved changes):
   * the shell then asks before another screen replaces it, and the browser before the tab
   * closes. Each screen starts without one.
   */
  guardLeaving(hasUnsavedWork: () => boolean): void;
  /** Work to end when the screen goes (another screen, signing out): the editor lets go of its edit lock. */
  onLeave?(stop: () => void): void;
  /** A new token (after changing one's own password, which ends every older one). */
  renewSession(token: TokenResponse): void;
}
