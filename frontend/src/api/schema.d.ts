/**
 * Generated from the Cms API's OpenAPI document (GET /swagger/v1/swagger.json)
 * by `npm run gen:api`. Do not edit: regenerate when the API changes. An e2e
 * test fails when this file differs from what the running API serves.
 */

export interface paths {
    "/api/v1/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Published articles, newest first
         * @description Filter by category (sub-sections included) and tag; numbered pages. With ?q=, only items matching every word, best first, each with a snippet.
         */
        get: operations["ListArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Many published articles in full, by id (up to 100 per request)
         * @description ?ids=1&ids=2&…: the items in the order asked, and the ids that are not public (drop those). For catching up after GET /changes named many items: one request per hundred instead of one each.
         */
        get: operations["GetArticlesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{idOrSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published article in full, by id or slug */
        get: operations["GetArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/batch/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stories under many published articles, by id (up to 100 per request)
         * @description ?ids=1&ids=2&…: for each public item asked for, in order, its list as GET /{type}/{idOrSlug}/related gives it; the ids that are not public. For a site builder drawing many pages: one request per hundred instead of one each.
         */
        get: operations["GetArticlesRelatedById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{idOrSlug}/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stories to show under a published article ("Tin liên quan"), up to 4, as list cards
         * @description Editors' pins first, in their order; then the items sharing the most of its tags, then those in its section, the most recent first among equals. Only items public now; any type.
         */
        get: operations["GetArticleRelated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in: exchange a user name and password for a bearer token
         * @description In Swagger, paste the accessToken into the Authorize dialog to call the management endpoints. Repeated failures for one user name lock it for a while (429 with Retry-After), as do too many attempts from one address.
         */
        post: operations["IssueToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a still-valid token for a fresh one with a new expiry
         * @description Roles: Author, Editor, Admin. A token of a disabled user, or issued before a password or role change, is refused (401): sign in again.
         */
        post: operations["RefreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authors/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An author: name, title, photo and bio, for the head of their page */
        get: operations["GetAuthor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authors/{slug}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published items an author is credited on, newest first, in numbered pages */
        get: operations["ListAuthorItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sections of the portal as a tree */
        get: operations["ListCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All published content (articles, interviews, videos), newest first
         * @description Each item carries its type. Filter by category (sub-sections included), tag and type; ?q= searches.
         */
        get: operations["ListContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search all published content: accent- and case-insensitive, best matches first
         * @description ?q=soc trang finds "Sóc Trăng" in titles, summaries, article text, interview questions and answers and video descriptions. Each result has a snippet with the matching words in <mark>. Filter with ?type=, ?category=, ?tag=.
         */
        get: operations["Search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sync: items published or changed, and items removed, since your last token
         * @description Start without since (everything public now), keep the returned next, and send it as since next time; while hasMore, ask again at once. Items come as list rows (GET /{type}/{id} for the full item); removed lists what to drop. The Cms-Position header names the database position of this answer: send it as Cms-Read-After on the public reads that follow (the full items, lists) to be sure they include every change listed here, whichever API process or read replica answers.
         */
        get: operations["ListChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count a page view (the site calls this once per page) and get the site statistics
         * @description Answers 202 once the hit is committed to the database (a few milliseconds: hits arriving together share one transaction), with Đang online / Hôm nay / Trong tuần / Tất cả as of the last second. 503: the hit was not counted (the database is unreachable). The same visitor viewing the same item again within 30 minutes counts once; robots are not counted.
         */
        post: operations["RecordHit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The site's visitor statistics: online now, visits today, this week and all time */
        get: operations["GetSiteStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/most-viewed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Most viewed published items today, this week or of all time, optionally of one type
         * @description period: today | week (default) | all; type: article | interview | video; limit 1–50 (default 10). Days and weeks are the portal's (Monday 00:00 local time).
         */
        get: operations["ListMostViewed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/featured": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stories editors chose to lead the home page (or ?category=slug, a section), in their order
         * @description Only items public now; first = the lead story. Empty when editors have chosen nothing: show the newest (GET /content) instead.
         */
        get: operations["ListFeatured"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feeds/rss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** RSS 2.0: the newest 50 published items, of the whole site, of one section (?category=, sub-sections included) or with one tag (?tag=) */
        get: operations["Rss"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feeds/sitemap.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sitemap index: the sections sitemap and one items sitemap per 50,000 ids
         * @description The URLs are the public site's (Cms:Site:BaseUrl); point the site's robots.txt here (Sitemap: ...).
         */
        get: operations["SitemapIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feeds/sitemap-sections.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sitemap of the home page and every section page */
        get: operations["SectionsSitemap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feeds/sitemap-items.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sitemap of published items, page N: ids (N-1)*50,000+1 to N*50,000, with their last change */
        get: operations["ItemsSitemap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feeds/news-sitemap.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Google News sitemap: articles and interviews published in the last two days, newest first */
        get: operations["NewsSitemap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Published interviews, newest first
         * @description Filter by category (sub-sections included) and tag; numbered pages. With ?q=, only items matching every word, best first, each with a snippet.
         */
        get: operations["ListInterviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Many published interviews in full, by id (up to 100 per request)
         * @description ?ids=1&ids=2&…: the items in the order asked, and the ids that are not public (drop those). For catching up after GET /changes named many items: one request per hundred instead of one each.
         */
        get: operations["GetInterviewsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{idOrSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published interview in full, by id or slug */
        get: operations["GetInterview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/batch/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stories under many published interviews, by id (up to 100 per request)
         * @description ?ids=1&ids=2&…: for each public item asked for, in order, its list as GET /{type}/{idOrSlug}/related gives it; the ids that are not public. For a site builder drawing many pages: one request per hundred instead of one each.
         */
        get: operations["GetInterviewsRelatedById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{idOrSlug}/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stories to show under a published interview ("Tin liên quan"), up to 4, as list cards
         * @description Editors' pins first, in their order; then the items sharing the most of its tags, then those in its section, the most recent first among equals. Only items public now; any type.
         */
        get: operations["GetInterviewRelated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{idOrSlug}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An interview's live Q&A session: upcoming, open or closed (null: none), and how many exchanges it has now */
        get: operations["GetLiveSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{idOrSlug}/live/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-sent events: the session now, then each answer as it is published; 503 with Retry-After past this process's cap.
         * @description text/event-stream: a 'live' event (as GET …/live answers) at once, after every change and every 25 s as a keep-alive; an 'exchange' event ({index, exchange}) for each exchange published. A page showing fewer exchanges than a 'live' event's exchangeCount fetches the interview. 503 with Retry-After when this process holds all the streams it may: poll GET …/live instead.
         */
        get: operations["WatchLiveSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{idOrSlug}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Takes a reader's question for moderation, while the session is open; shown to nobody until answered.
         * @description Name (up to 100 characters, published with the answer), place (optional, up to 100), text (up to 2,000); plain text, NFC. 409 before the session opens and after it closes (the detail says which); 429 with Retry-After past Cms:LiveQa:QuestionsPerWindow per address.
         */
        post: operations["AskLiveQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All articles, drafts included, most recently changed first
         * @description Roles: Author, Editor, Admin. Filter with ?status=draft|inReview|scheduled|published|unpublished|archived, ?category=slug, ?tag=slug, ?q=words (title, summary and text, tone marks ignored, drafts included). Each row says who created it and who changed it last, and when, and how many staff notes it has; a draft an editor returned carries the latest reason (returnedReason, returnedAt, returnedBy). Authors see only the items they created.
         */
        get: operations["ManageArticles"];
        put?: never;
        /**
         * Create an article as a draft
         * @description Roles: Author, Editor, Admin.
         */
        post: operations["CreateArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One article, whatever its status; the ETag is its version
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["ManageGetArticle"];
        /**
         * Replace an article's content (its slug stays unless a new one is given)
         * @description Roles: Author, Editor, Admin. Requires If-Match: the ETag from a GET (428 without it, 412 if someone saved in between); If-Match: * overwrites. Authors may replace only their own drafts and items in review.
         */
        put: operations["UpdateArticle"];
        post?: never;
        /**
         * Delete an article for good
         * @description Roles: Editor, Admin. Requires If-Match (428 without it, 412 when stale).
         */
        delete: operations["DeleteArticle"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/articles/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand an article in for review (authors: their own drafts)
         * @description Roles: Author, Editor, Admin.
         */
        post: operations["SubmitArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/articles/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish an article now
         * @description Roles: Editor, Admin.
         */
        post: operations["PublishArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/articles/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take an article off the public site
         * @description Roles: Editor, Admin.
         */
        post: operations["UnpublishArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/articles/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive an article: kept, but no longer public
         * @description Roles: Editor, Admin.
         */
        post: operations["ArchiveArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/articles/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an article in review back to its author as a draft, with the reason as a note
         * @description Roles: Editor, Admin. Requires If-Match (428 without it, 412 when stale); 409 unless the item is in review. The author sees the reason in their list and on opening the item.
         */
        post: operations["ReturnArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/articles/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule an article to go public at publishAt, with nobody acting then
         * @description Roles: Editor, Admin.
         */
        post: operations["ScheduleArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/articles/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The history of article: every save, newest first, with who, when and what was done
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["ListArticleRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/articles/{id}/revisions/{revisionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One revision of article: its content as the request body that would write it
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["GetArticleRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/articles/{id}/revisions/{revisionId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write a revision's content over article (its status stays; a live item changes at once), as a PUT would; recorded as a new revision
         * @description Roles: Author, Editor, Admin. Requires If-Match with the item's ETag (428 without it, 412 when stale). Authors may restore only their own drafts and items in review.
         */
        post: operations["RestoreArticleRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/articles/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The working copy of article: its next version, not yet public; the ETag is the copy's version
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["GetArticleWorkingCopy"];
        /**
         * Start or save the working copy of article: the item itself, live or not, stays as it is
         * @description Roles: Author, Editor, Admin. Replacing an existing copy requires If-Match with the copy's ETag (428 without it, 412 when someone saved it in between). Authors may keep copies of their own items.
         */
        put: operations["SaveArticleWorkingCopy"];
        post?: never;
        /**
         * Throw the working copy of article away (its saves stay in the history)
         * @description Roles: Author, Editor, Admin.
         */
        delete: operations["DiscardArticleWorkingCopy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/articles/{id}/draft/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the working copy of article: it replaces the item's content, the item is (or stays) published, the copy is gone
         * @description Roles: Editor, Admin. 409 when the item was saved after the copy was started (?overwrite=true publishes anyway); If-Match, when sent, is the copy's ETag.
         */
        post: operations["PublishArticleWorkingCopy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/articles/{id}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is editing article now (holder null: nobody)
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["GetArticleLock"];
        /**
         * The open editor's heartbeat: keep the edit lock of article (takes it again if nobody holds it)
         * @description Roles: Author, Editor, Admin. 409 "taken over" with the new holder when another tab took the lock.
         */
        put: operations["RenewArticleLock"];
        /**
         * Take the edit lock of article for one editor tab, or renew it when that tab holds it
         * @description Roles: Author, Editor, Admin. 409 with the holder (holder: userName, displayName, sessionId, since, expiresAt) when another tab holds it; takeOver: true takes it over (editors: anyone's lock; authors: only their own from another tab, else 403). The lock lapses a lifetime (Cms:EditLocks:Lifetime, a minute) after its last heartbeat. Saving does not need it: If-Match guards saves.
         */
        post: operations["TakeArticleLock"];
        /**
         * Let go of the edit lock of article (204 also when this tab did not hold it)
         * @description Roles: Author, Editor, Admin.
         */
        delete: operations["ReleaseArticleLock"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/articles/{id}/lock/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-sent events: the edit lock of article now, then each time it changes hands, from any API process
         * @description Roles: Author, Editor, Admin. text/event-stream of 'lock' events, each the lock as GET …/lock answers it; repeated every 25 s as a keep-alive. An editor whose tab no longer holds the lock has been taken over.
         */
        get: operations["WatchArticleLock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/articles/{id}/preview-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The preview links of article, working, expired and revoked, newest first
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["ListArticlePreviewLinks"];
        put?: never;
        /**
         * Make a link that shows article as readers will see it to someone without an account, until it expires (validHours, default Cms:Preview:LinkLifetime)
         * @description Roles: Author, Editor, Admin. Answers the public site's address to send (url) and its token. Editors may share any item, authors their own.
         */
        post: operations["CreateArticlePreviewLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/articles/{id}/preview-links/{linkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a preview link of article: it stops working at once (revoking it again changes nothing)
         * @description Roles: Author, Editor, Admin.
         */
        delete: operations["RevokeArticlePreviewLink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/articles/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The staff notes on article: threads oldest first, each with its replies, and the reason it was returned while it waits on its author
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["ListArticleNotes"];
        put?: never;
        /**
         * Leave a note on article, or reply in a thread (parentId)
         * @description Roles: Author, Editor, Admin.
         */
        post: operations["AddArticleNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/articles/{id}/notes/{noteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a note on article, with its replies (authors: their own notes; editors: any)
         * @description Roles: Author, Editor, Admin.
         */
        delete: operations["DeleteArticleNote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/articles/{id}/royalties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The royalties set for the people credited on the article, in byline order, with sums
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["GetArticleRoyalties"];
        /**
         * Replace the article's royalties: points and/or an amount in đồng per credited person
         * @description Roles: Editor, Admin. Only for published items (409 otherwise); each author must be credited on the item (400 on royalties[i].authorId).
         */
        put: operations["SetArticleRoyalties"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/articles/{id}/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stories pinned under the article, public or not, and what readers see under it now
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["GetArticleRelatedPins"];
        /**
         * Replace the stories pinned under the article, in order (empty: none)
         * @description Roles: Author, Editor, Admin. At most 4, each once, not the item itself; any existing item of any type, drafts and scheduled ones included (readers see each while it is public). Who may edit the item may pin (authors: their own drafts).
         */
        put: operations["ReplaceArticleRelatedPins"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/authors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Authors by name, to credit on items; q matches part of a name, tone marks ignored
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["ManageListAuthors"];
        put?: never;
        /**
         * Create an author
         * @description Roles: Editor, Admin.
         */
        post: operations["CreateAuthor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/authors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One author; the ETag is its version
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["ManageGetAuthor"];
        /**
         * Replace an author (bylines show the new name at once; the slug stays unless a new one is given)
         * @description Roles: Editor, Admin. Requires If-Match: the ETag from a GET (428 without it, 412 if someone saved in between).
         */
        put: operations["UpdateAuthor"];
        post?: never;
        /**
         * Delete an author no item credits and no royalty names (409 otherwise)
         * @description Roles: Editor, Admin.
         */
        delete: operations["DeleteAuthor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All sections, flat, with parent ids and versions
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["ManageListCategories"];
        put?: never;
        /**
         * Create a section
         * @description Roles: Editor, Admin.
         */
        post: operations["CreateCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One section
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["ManageGetCategory"];
        /**
         * Replace a section (rename, move under another parent, reorder)
         * @description Roles: Editor, Admin.
         */
        put: operations["UpdateCategory"];
        post?: never;
        /**
         * Delete a section without sub-sections; its content is kept, uncategorised
         * @description Roles: Editor, Admin.
         */
        delete: operations["DeleteCategory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/counters/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Admins: import view counts and the all-time visit total from a previous system (audited)
         * @description Roles: Admin.
         */
        post: operations["ImportCounters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/featured": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A featured list (home page, or ?category=slug) with every item placed, public or not
         * @description Roles: Editor, Admin.
         */
        get: operations["ManageGetFeatured"];
        /**
         * Replace a featured list (home page, or ?category=slug): the items in order, first = the lead story
         * @description Roles: Editor, Admin. Requires If-Match: the ETag of GET /manage/featured ("0" for a list never saved, or * to overwrite). Any item may be placed, drafts and scheduled ones included; readers see each only while it is public. At most 20, each once.
         */
        put: operations["ReplaceFeatured"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All interviews, drafts included, most recently changed first
         * @description Roles: Author, Editor, Admin. Filter with ?status=draft|inReview|scheduled|published|unpublished|archived, ?category=slug, ?tag=slug, ?q=words (title, summary and text, tone marks ignored, drafts included). Each row says who created it and who changed it last, and when, and how many staff notes it has; a draft an editor returned carries the latest reason (returnedReason, returnedAt, returnedBy). Authors see only the items they created.
         */
        get: operations["ManageInterviews"];
        put?: never;
        /**
         * Create an interview as a draft
         * @description Roles: Author, Editor, Admin.
         */
        post: operations["CreateInterview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One interview, whatever its status; the ETag is its version
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["ManageGetInterview"];
        /**
         * Replace an interview's content (its slug stays unless a new one is given)
         * @description Roles: Author, Editor, Admin. Requires If-Match: the ETag from a GET (428 without it, 412 if someone saved in between); If-Match: * overwrites. Authors may replace only their own drafts and items in review.
         */
        put: operations["UpdateInterview"];
        post?: never;
        /**
         * Delete an interview for good
         * @description Roles: Editor, Admin. Requires If-Match (428 without it, 412 when stale).
         */
        delete: operations["DeleteInterview"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand an interview in for review (authors: their own drafts)
         * @description Roles: Author, Editor, Admin.
         */
        post: operations["SubmitInterview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish an interview now
         * @description Roles: Editor, Admin.
         */
        post: operations["PublishInterview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take an interview off the public site
         * @description Roles: Editor, Admin.
         */
        post: operations["UnpublishInterview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive an interview: kept, but no longer public
         * @description Roles: Editor, Admin.
         */
        post: operations["ArchiveInterview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an interview in review back to its author as a draft, with the reason as a note
         * @description Roles: Editor, Admin. Requires If-Match (428 without it, 412 when stale); 409 unless the item is in review. The author sees the reason in their list and on opening the item.
         */
        post: operations["ReturnInterview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule an interview to go public at publishAt, with nobody acting then
         * @description Roles: Editor, Admin.
         */
        post: operations["ScheduleInterview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The history of interview: every save, newest first, with who, when and what was done
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["ListInterviewRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/revisions/{revisionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One revision of interview: its content as the request body that would write it
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["GetInterviewRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/revisions/{revisionId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write a revision's content over interview (its status stays; a live item changes at once), as a PUT would; recorded as a new revision
         * @description Roles: Author, Editor, Admin. Requires If-Match with the item's ETag (428 without it, 412 when stale). Authors may restore only their own drafts and items in review.
         */
        post: operations["RestoreInterviewRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The working copy of interview: its next version, not yet public; the ETag is the copy's version
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["GetInterviewWorkingCopy"];
        /**
         * Start or save the working copy of interview: the item itself, live or not, stays as it is
         * @description Roles: Author, Editor, Admin. Replacing an existing copy requires If-Match with the copy's ETag (428 without it, 412 when someone saved it in between). Authors may keep copies of their own items.
         */
        put: operations["SaveInterviewWorkingCopy"];
        post?: never;
        /**
         * Throw the working copy of interview away (its saves stay in the history)
         * @description Roles: Author, Editor, Admin.
         */
        delete: operations["DiscardInterviewWorkingCopy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/draft/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the working copy of interview: it replaces the item's content, the item is (or stays) published, the copy is gone
         * @description Roles: Editor, Admin. 409 when the item was saved after the copy was started (?overwrite=true publishes anyway); If-Match, when sent, is the copy's ETag.
         */
        post: operations["PublishInterviewWorkingCopy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is editing interview now (holder null: nobody)
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["GetInterviewLock"];
        /**
         * The open editor's heartbeat: keep the edit lock of interview (takes it again if nobody holds it)
         * @description Roles: Author, Editor, Admin. 409 "taken over" with the new holder when another tab took the lock.
         */
        put: operations["RenewInterviewLock"];
        /**
         * Take the edit lock of interview for one editor tab, or renew it when that tab holds it
         * @description Roles: Author, Editor, Admin. 409 with the holder (holder: userName, displayName, sessionId, since, expiresAt) when another tab holds it; takeOver: true takes it over (editors: anyone's lock; authors: only their own from another tab, else 403). The lock lapses a lifetime (Cms:EditLocks:Lifetime, a minute) after its last heartbeat. Saving does not need it: If-Match guards saves.
         */
        post: operations["TakeInterviewLock"];
        /**
         * Let go of the edit lock of interview (204 also when this tab did not hold it)
         * @description Roles: Author, Editor, Admin.
         */
        delete: operations["ReleaseInterviewLock"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/lock/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-sent events: the edit lock of interview now, then each time it changes hands, from any API process
         * @description Roles: Author, Editor, Admin. text/event-stream of 'lock' events, each the lock as GET …/lock answers it; repeated every 25 s as a keep-alive. An editor whose tab no longer holds the lock has been taken over.
         */
        get: operations["WatchInterviewLock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/preview-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The preview links of interview, working, expired and revoked, newest first
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["ListInterviewPreviewLinks"];
        put?: never;
        /**
         * Make a link that shows interview as readers will see it to someone without an account, until it expires (validHours, default Cms:Preview:LinkLifetime)
         * @description Roles: Author, Editor, Admin. Answers the public site's address to send (url) and its token. Editors may share any item, authors their own.
         */
        post: operations["CreateInterviewPreviewLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/preview-links/{linkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a preview link of interview: it stops working at once (revoking it again changes nothing)
         * @description Roles: Author, Editor, Admin.
         */
        delete: operations["RevokeInterviewPreviewLink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The staff notes on interview: threads oldest first, each with its replies, and the reason it was returned while it waits on its author
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["ListInterviewNotes"];
        put?: never;
        /**
         * Leave a note on interview, or reply in a thread (parentId)
         * @description Roles: Author, Editor, Admin.
         */
        post: operations["AddInterviewNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/notes/{noteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a note on interview, with its replies (authors: their own notes; editors: any)
         * @description Roles: Author, Editor, Admin.
         */
        delete: operations["DeleteInterviewNote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/royalties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The royalties set for the people credited on the interview, in byline order, with sums
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["GetInterviewRoyalties"];
        /**
         * Replace the interview's royalties: points and/or an amount in đồng per credited person
         * @description Roles: Editor, Admin. Only for published items (409 otherwise); each author must be credited on the item (400 on royalties[i].authorId).
         */
        put: operations["SetInterviewRoyalties"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stories pinned under the interview, public or not, and what readers see under it now
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["GetInterviewRelatedPins"];
        /**
         * Replace the stories pinned under the interview, in order (empty: none)
         * @description Roles: Author, Editor, Admin. At most 4, each once, not the item itself; any existing item of any type, drafts and scheduled ones included (readers see each while it is public). Who may edit the item may pin (authors: their own drafts).
         */
        put: operations["ReplaceInterviewRelatedPins"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a draft interview from a transcript (plain text or pasted HTML)
         * @description Roles: Author, Editor, Admin. The form newsrooms send: title, lead, optionally the caption "Đồng chí Nguyễn Văn Quận - Bí thư Thành ủy"; questions marked with "*" (or as list items); answers led by the speaker ("Đồng chí Nguyễn Văn Quận: ...", also Ông, Bà, Anh, Chị); a last question with no answer becomes the closing line. The first to answer is the interviewee; others are kept as each answer's speaker.
         */
        post: operations["ImportInterviewTranscript"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The interview's live session (state null: none), whatever the interview's status
         * @description Roles: Editor, Admin.
         */
        get: operations["ManageGetLiveSession"];
        /**
         * Open, move or close the interview's live session (close now: closesAt = now)
         * @description Roles: Editor, Admin.
         */
        put: operations["SetLiveSession"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The moderation queue: the session's questions oldest first, with the address and browser each came from (?state=pending)
         * @description Roles: Editor, Admin.
         */
        get: operations["ListLiveQuestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/questions/{questionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a question's wording, approve or reject it, or merge it into a duplicate
         * @description Roles: Editor, Admin.
         */
        patch: operations["ModerateLiveQuestion"];
        trace?: never;
    };
    "/api/v1/manage/interviews/{id}/questions/{questionId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publishes the question with its answer as the interview's next exchange, in one transaction with the question's new state.
         * @description Roles: Editor, Admin. An ordinary write of the interview (If-Match optional: 412 when stale; a revision; the changes feed; readers' streams hear it at once). 409 unless the question is pending or approved.
         */
        post: operations["AnswerLiveQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The media library, newest first; ?q= finds file names, captions and alt texts
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["ListMedia"];
        put?: never;
        /**
         * Upload an image (multipart/form-data: file, caption, alt)
         * @description Roles: Author, Editor, Admin. JPEG, PNG, GIF or WebP, read from the bytes (a renamed file of another kind is a 415); at most Cms:Media:MaxUploadBytes (413) and Cms:Media:MaxPixels. Renditions 320, 800 and 1600 pixels wide are made for images wider than that, in the original's shape and cropped to 16:9, 4:3 and 1:1 around the focal point (the centre until one is set), each as JPEG (PNG for transparent images) and WebP. The answer's Location and url are the file's root-relative address.
         */
        post: operations["UploadMedia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/media/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One image with its renditions; the ETag is its version
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["GetMedia"];
        /**
         * Set an image's caption and alt text (authors: images they uploaded)
         * @description Roles: Author, Editor, Admin. Requires If-Match (428 without it, 412 when stale).
         */
        put: operations["DescribeMedia"];
        post?: never;
        /**
         * Delete an image and its renditions for good (pages still linking to it lose the picture)
         * @description Roles: Editor, Admin.
         */
        delete: operations["DeleteMedia"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/media/{id}/focal-point": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set where an image's subject is (x, y from 0 to 1); its crops are made again around it (authors: images they uploaded)
         * @description Roles: Author, Editor, Admin. Requires If-Match (428 without it, 412 when stale). The crops get new URLs; the old ones keep working for pages that name them.
         */
        put: operations["SetMediaFocalPoint"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/photo-stories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All photo stories, drafts included, most recently changed first
         * @description Roles: Author, Editor, Admin. Filter with ?status=draft|inReview|scheduled|published|unpublished|archived, ?category=slug, ?tag=slug, ?q=words (title, summary and text, tone marks ignored, drafts included). Each row says who created it and who changed it last, and when, and how many staff notes it has; a draft an editor returned carries the latest reason (returnedReason, returnedAt, returnedBy). Authors see only the items they created.
         */
        get: operations["ManagePhotoStories"];
        put?: never;
        /**
         * Create a photo story as a draft
         * @description Roles: Author, Editor, Admin.
         */
        post: operations["CreatePhotoStory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/photo-stories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One photo story, whatever its status; the ETag is its version
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["ManageGetPhotoStory"];
        /**
         * Replace a photo story's content (its slug stays unless a new one is given)
         * @description Roles: Author, Editor, Admin. Requires If-Match: the ETag from a GET (428 without it, 412 if someone saved in between); If-Match: * overwrites. Authors may replace only their own drafts and items in review.
         */
        put: operations["UpdatePhotoStory"];
        post?: never;
        /**
         * Delete a photo story for good
         * @description Roles: Editor, Admin. Requires If-Match (428 without it, 412 when stale).
         */
        delete: operations["DeletePhotoStory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/photo-stories/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand a photo story in for review (authors: their own drafts)
         * @description Roles: Author, Editor, Admin.
         */
        post: operations["SubmitPhotoStory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/photo-stories/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a photo story now
         * @description Roles: Editor, Admin.
         */
        post: operations["PublishPhotoStory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/photo-stories/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a photo story off the public site
         * @description Roles: Editor, Admin.
         */
        post: operations["UnpublishPhotoStory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/photo-stories/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a photo story: kept, but no longer public
         * @description Roles: Editor, Admin.
         */
        post: operations["ArchivePhotoStory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/photo-stories/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a photo story in review back to its author as a draft, with the reason as a note
         * @description Roles: Editor, Admin. Requires If-Match (428 without it, 412 when stale); 409 unless the item is in review. The author sees the reason in their list and on opening the item.
         */
        post: operations["ReturnPhotoStory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/photo-stories/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule a photo story to go public at publishAt, with nobody acting then
         * @description Roles: Editor, Admin.
         */
        post: operations["SchedulePhotoStory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/photo-stories/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The history of photo story: every save, newest first, with who, when and what was done
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["ListPhotoStoryRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/photo-stories/{id}/revisions/{revisionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One revision of photo story: its content as the request body that would write it
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["GetPhotoStoryRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/photo-stories/{id}/revisions/{revisionId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write a revision's content over photo story (its status stays; a live item changes at once), as a PUT would; recorded as a new revision
         * @description Roles: Author, Editor, Admin. Requires If-Match with the item's ETag (428 without it, 412 when stale). Authors may restore only their own drafts and items in review.
         */
        post: operations["RestorePhotoStoryRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/photo-stories/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The working copy of photo story: its next version, not yet public; the ETag is the copy's version
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["GetPhotoStoryWorkingCopy"];
        /**
         * Start or save the working copy of photo story: the item itself, live or not, stays as it is
         * @description Roles: Author, Editor, Admin. Replacing an existing copy requires If-Match with the copy's ETag (428 without it, 412 when someone saved it in between). Authors may keep copies of their own items.
         */
        put: operations["SavePhotoStoryWorkingCopy"];
        post?: never;
        /**
         * Throw the working copy of photo story away (its saves stay in the history)
         * @description Roles: Author, Editor, Admin.
         */
        delete: operations["DiscardPhotoStoryWorkingCopy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/photo-stories/{id}/draft/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the working copy of photo story: it replaces the item's content, the item is (or stays) published, the copy is gone
         * @description Roles: Editor, Admin. 409 when the item was saved after the copy was started (?overwrite=true publishes anyway); If-Match, when sent, is the copy's ETag.
         */
        post: operations["PublishPhotoStoryWorkingCopy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/photo-stories/{id}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is editing photo story now (holder null: nobody)
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["GetPhotoStoryLock"];
        /**
         * The open editor's heartbeat: keep the edit lock of photo story (takes it again if nobody holds it)
         * @description Roles: Author, Editor, Admin. 409 "taken over" with the new holder when another tab took the lock.
         */
        put: operations["RenewPhotoStoryLock"];
        /**
         * Take the edit lock of photo story for one editor tab, or renew it when that tab holds it
         * @description Roles: Author, Editor, Admin. 409 with the holder (holder: userName, displayName, sessionId, since, expiresAt) when another tab holds it; takeOver: true takes it over (editors: anyone's lock; authors: only their own from another tab, else 403). The lock lapses a lifetime (Cms:EditLocks:Lifetime, a minute) after its last heartbeat. Saving does not need it: If-Match guards saves.
         */
        post: operations["TakePhotoStoryLock"];
        /**
         * Let go of the edit lock of photo story (204 also when this tab did not hold it)
         * @description Roles: Author, Editor, Admin.
         */
        delete: operations["ReleasePhotoStoryLock"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/photo-stories/{id}/lock/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-sent events: the edit lock of photo story now, then each time it changes hands, from any API process
         * @description Roles: Author, Editor, Admin. text/event-stream of 'lock' events, each the lock as GET …/lock answers it; repeated every 25 s as a keep-alive. An editor whose tab no longer holds the lock has been taken over.
         */
        get: operations["WatchPhotoStoryLock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/photo-stories/{id}/preview-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The preview links of photo story, working, expired and revoked, newest first
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["ListPhotoStoryPreviewLinks"];
        put?: never;
        /**
         * Make a link that shows photo story as readers will see it to someone without an account, until it expires (validHours, default Cms:Preview:LinkLifetime)
         * @description Roles: Author, Editor, Admin. Answers the public site's address to send (url) and its token. Editors may share any item, authors their own.
         */
        post: operations["CreatePhotoStoryPreviewLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/photo-stories/{id}/preview-links/{linkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a preview link of photo story: it stops working at once (revoking it again changes nothing)
         * @description Roles: Author, Editor, Admin.
         */
        delete: operations["RevokePhotoStoryPreviewLink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/photo-stories/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The staff notes on photo story: threads oldest first, each with its replies, and the reason it was returned while it waits on its author
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["ListPhotoStoryNotes"];
        put?: never;
        /**
         * Leave a note on photo story, or reply in a thread (parentId)
         * @description Roles: Author, Editor, Admin.
         */
        post: operations["AddPhotoStoryNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/photo-stories/{id}/notes/{noteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a note on photo story, with its replies (authors: their own notes; editors: any)
         * @description Roles: Author, Editor, Admin.
         */
        delete: operations["DeletePhotoStoryNote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/photo-stories/{id}/royalties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The royalties set for the people credited on the photo story, in byline order, with sums
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["GetPhotoStoryRoyalties"];
        /**
         * Replace the photo story's royalties: points and/or an amount in đồng per credited person
         * @description Roles: Editor, Admin. Only for published items (409 otherwise); each author must be credited on the item (400 on royalties[i].authorId).
         */
        put: operations["SetPhotoStoryRoyalties"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/photo-stories/{id}/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stories pinned under the photo story, public or not, and what readers see under it now
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["GetPhotoStoryRelatedPins"];
        /**
         * Replace the stories pinned under the photo story, in order (empty: none)
         * @description Roles: Author, Editor, Admin. At most 4, each once, not the item itself; any existing item of any type, drafts and scheduled ones included (readers see each while it is public). Who may edit the item may pin (authors: their own drafts).
         */
        put: operations["ReplacePhotoStoryRelatedPins"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tags in use matching what an editor types (tone marks ignored), for reuse
         * @description Roles: Author, Editor, Admin. q: the start or part of a tag ("soc tr" finds "Sóc Trăng"); empty: the most used. Tags with a word starting with q first, then by how many items carry them. limit 1–50 (default 10).
         */
        get: operations["ManageListTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/tags/{slug}/rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write a tag differently: every item carrying it shows the new name; its slug (and tag page) follows, the old slug still leads to it
         * @description Roles: Editor, Admin. Each item carrying it counts as changed for the changes feed, and its ETag changes; it keeps its last-changed time, and neither a revision nor a webhook event is made per item. A name whose slug another tag has is a 409: merge into that tag instead.
         */
        post: operations["RenameTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/tags/{slug}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fold a tag into another (a stray spelling into the right one): its items carry the other instead; it is deleted, its slug leads to the other
         * @description Roles: Editor, Admin. into: the tag to keep, by slug or name as written. Each item that carried the merged tag counts as changed for the changes feed, and its ETag changes; it keeps its last-changed time, and neither a revision nor a webhook event is made per item.
         */
        post: operations["MergeTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Admins: every account
         * @description Roles: Admin.
         */
        get: operations["ListUsers"];
        put?: never;
        /**
         * Admins: create an account (author, editor or admin)
         * @description Roles: Admin.
         */
        post: operations["CreateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Admins: one account; the ETag is its version
         * @description Roles: Admin.
         */
        get: operations["GetUser"];
        /**
         * Admins: change an account's role, display name or state; requires If-Match
         * @description Roles: Admin. Disabling an account, or changing its role, ends its tokens at once.
         */
        put: operations["UpdateUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Admins: set a new password for an account; its existing tokens stop working
         * @description Roles: Admin.
         */
        post: operations["SetUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/videos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All videos, drafts included, most recently changed first
         * @description Roles: Author, Editor, Admin. Filter with ?status=draft|inReview|scheduled|published|unpublished|archived, ?category=slug, ?tag=slug, ?q=words (title, summary and text, tone marks ignored, drafts included). Each row says who created it and who changed it last, and when, and how many staff notes it has; a draft an editor returned carries the latest reason (returnedReason, returnedAt, returnedBy). Authors see only the items they created.
         */
        get: operations["ManageVideos"];
        put?: never;
        /**
         * Create a video as a draft
         * @description Roles: Author, Editor, Admin.
         */
        post: operations["CreateVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/videos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One video, whatever its status; the ETag is its version
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["ManageGetVideo"];
        /**
         * Replace a video's content (its slug stays unless a new one is given)
         * @description Roles: Author, Editor, Admin. Requires If-Match: the ETag from a GET (428 without it, 412 if someone saved in between); If-Match: * overwrites. Authors may replace only their own drafts and items in review.
         */
        put: operations["UpdateVideo"];
        post?: never;
        /**
         * Delete a video for good
         * @description Roles: Editor, Admin. Requires If-Match (428 without it, 412 when stale).
         */
        delete: operations["DeleteVideo"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/videos/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand a video in for review (authors: their own drafts)
         * @description Roles: Author, Editor, Admin.
         */
        post: operations["SubmitVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/videos/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a video now
         * @description Roles: Editor, Admin.
         */
        post: operations["PublishVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/videos/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a video off the public site
         * @description Roles: Editor, Admin.
         */
        post: operations["UnpublishVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/videos/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a video: kept, but no longer public
         * @description Roles: Editor, Admin.
         */
        post: operations["ArchiveVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/videos/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a video in review back to its author as a draft, with the reason as a note
         * @description Roles: Editor, Admin. Requires If-Match (428 without it, 412 when stale); 409 unless the item is in review. The author sees the reason in their list and on opening the item.
         */
        post: operations["ReturnVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/videos/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule a video to go public at publishAt, with nobody acting then
         * @description Roles: Editor, Admin.
         */
        post: operations["ScheduleVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/videos/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The history of video: every save, newest first, with who, when and what was done
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["ListVideoRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/videos/{id}/revisions/{revisionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One revision of video: its content as the request body that would write it
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["GetVideoRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/videos/{id}/revisions/{revisionId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write a revision's content over video (its status stays; a live item changes at once), as a PUT would; recorded as a new revision
         * @description Roles: Author, Editor, Admin. Requires If-Match with the item's ETag (428 without it, 412 when stale). Authors may restore only their own drafts and items in review.
         */
        post: operations["RestoreVideoRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/videos/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The working copy of video: its next version, not yet public; the ETag is the copy's version
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["GetVideoWorkingCopy"];
        /**
         * Start or save the working copy of video: the item itself, live or not, stays as it is
         * @description Roles: Author, Editor, Admin. Replacing an existing copy requires If-Match with the copy's ETag (428 without it, 412 when someone saved it in between). Authors may keep copies of their own items.
         */
        put: operations["SaveVideoWorkingCopy"];
        post?: never;
        /**
         * Throw the working copy of video away (its saves stay in the history)
         * @description Roles: Author, Editor, Admin.
         */
        delete: operations["DiscardVideoWorkingCopy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/videos/{id}/draft/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the working copy of video: it replaces the item's content, the item is (or stays) published, the copy is gone
         * @description Roles: Editor, Admin. 409 when the item was saved after the copy was started (?overwrite=true publishes anyway); If-Match, when sent, is the copy's ETag.
         */
        post: operations["PublishVideoWorkingCopy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/videos/{id}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is editing video now (holder null: nobody)
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["GetVideoLock"];
        /**
         * The open editor's heartbeat: keep the edit lock of video (takes it again if nobody holds it)
         * @description Roles: Author, Editor, Admin. 409 "taken over" with the new holder when another tab took the lock.
         */
        put: operations["RenewVideoLock"];
        /**
         * Take the edit lock of video for one editor tab, or renew it when that tab holds it
         * @description Roles: Author, Editor, Admin. 409 with the holder (holder: userName, displayName, sessionId, since, expiresAt) when another tab holds it; takeOver: true takes it over (editors: anyone's lock; authors: only their own from another tab, else 403). The lock lapses a lifetime (Cms:EditLocks:Lifetime, a minute) after its last heartbeat. Saving does not need it: If-Match guards saves.
         */
        post: operations["TakeVideoLock"];
        /**
         * Let go of the edit lock of video (204 also when this tab did not hold it)
         * @description Roles: Author, Editor, Admin.
         */
        delete: operations["ReleaseVideoLock"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/videos/{id}/lock/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-sent events: the edit lock of video now, then each time it changes hands, from any API process
         * @description Roles: Author, Editor, Admin. text/event-stream of 'lock' events, each the lock as GET …/lock answers it; repeated every 25 s as a keep-alive. An editor whose tab no longer holds the lock has been taken over.
         */
        get: operations["WatchVideoLock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/videos/{id}/preview-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The preview links of video, working, expired and revoked, newest first
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["ListVideoPreviewLinks"];
        put?: never;
        /**
         * Make a link that shows video as readers will see it to someone without an account, until it expires (validHours, default Cms:Preview:LinkLifetime)
         * @description Roles: Author, Editor, Admin. Answers the public site's address to send (url) and its token. Editors may share any item, authors their own.
         */
        post: operations["CreateVideoPreviewLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/videos/{id}/preview-links/{linkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a preview link of video: it stops working at once (revoking it again changes nothing)
         * @description Roles: Author, Editor, Admin.
         */
        delete: operations["RevokeVideoPreviewLink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/videos/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The staff notes on video: threads oldest first, each with its replies, and the reason it was returned while it waits on its author
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["ListVideoNotes"];
        put?: never;
        /**
         * Leave a note on video, or reply in a thread (parentId)
         * @description Roles: Author, Editor, Admin.
         */
        post: operations["AddVideoNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/videos/{id}/notes/{noteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a note on video, with its replies (authors: their own notes; editors: any)
         * @description Roles: Author, Editor, Admin.
         */
        delete: operations["DeleteVideoNote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/videos/{id}/royalties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The royalties set for the people credited on the video, in byline order, with sums
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["GetVideoRoyalties"];
        /**
         * Replace the video's royalties: points and/or an amount in đồng per credited person
         * @description Roles: Editor, Admin. Only for published items (409 otherwise); each author must be credited on the item (400 on royalties[i].authorId).
         */
        put: operations["SetVideoRoyalties"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/videos/{id}/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stories pinned under the video, public or not, and what readers see under it now
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["GetVideoRelatedPins"];
        /**
         * Replace the stories pinned under the video, in order (empty: none)
         * @description Roles: Author, Editor, Admin. At most 4, each once, not the item itself; any existing item of any type, drafts and scheduled ones included (readers see each while it is public). Who may edit the item may pin (authors: their own drafts).
         */
        put: operations["ReplaceVideoRelatedPins"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Admins: every webhook subscription, with its pending and failed deliveries
         * @description Roles: Admin.
         */
        get: operations["ListWebhooks"];
        put?: never;
        /**
         * Admins: subscribe a URL to content events; the answer holds the signing secret, shown this once
         * @description Roles: Admin.
         */
        post: operations["CreateWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Admins: one subscription; the ETag is its version
         * @description Roles: Admin.
         */
        get: operations["GetWebhook"];
        /**
         * Admins: replace a subscription (a missing secret keeps the current one)
         * @description Roles: Admin. Requires If-Match (428 without it, 412 when stale). Deliveries already queued keep the URL and secret they are sent with at the time of each attempt.
         */
        put: operations["UpdateWebhook"];
        post?: never;
        /**
         * Admins: delete a subscription, its queued deliveries and its log
         * @description Roles: Admin.
         */
        delete: operations["DeleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Admins: the delivery log of a subscription, newest first; ?state=pending|delivered|failed
         * @description Roles: Admin.
         */
        get: operations["ListWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/webhooks/{id}/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Admins: one delivery: the body sent (signed anew at each attempt) and every attempt with the receiver's answer
         * @description Roles: Admin.
         */
        get: operations["GetWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/webhooks/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Admins: send a delivery again now (a failed or delivered one once more, with the same Idempotency-Key)
         * @description Roles: Admin.
         */
        post: operations["RetryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media/{year}/{month}/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An uploaded image or one of its renditions (URLs from the media library) */
        get: operations["GetMediaFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user's account and role
         * @description Roles: Author, Editor, Admin.
         */
        get: operations["GetMyAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your own password: every older token ends, and a new one is returned
         * @description Roles: Author, Editor, Admin.
         */
        post: operations["ChangeMyPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/photo-stories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Published photo stories, newest first
         * @description Filter by category (sub-sections included) and tag; numbered pages. With ?q=, only items matching every word, best first, each with a snippet.
         */
        get: operations["ListPhotoStories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/photo-stories/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Many published photo stories in full, by id (up to 100 per request)
         * @description ?ids=1&ids=2&…: the items in the order asked, and the ids that are not public (drop those). For catching up after GET /changes named many items: one request per hundred instead of one each.
         */
        get: operations["GetPhotoStoriesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/photo-stories/{idOrSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published photo story in full, by id or slug */
        get: operations["GetPhotoStory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/photo-stories/batch/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stories under many published photo stories, by id (up to 100 per request)
         * @description ?ids=1&ids=2&…: for each public item asked for, in order, its list as GET /{type}/{idOrSlug}/related gives it; the ids that are not public. For a site builder drawing many pages: one request per hundred instead of one each.
         */
        get: operations["GetPhotoStoriesRelatedById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/photo-stories/{idOrSlug}/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stories to show under a published photo story ("Tin liên quan"), up to 4, as list cards
         * @description Editors' pins first, in their order; then the items sharing the most of its tags, then those in its section, the most recent first among equals. Only items public now; any type.
         */
        get: operations["GetPhotoStoryRelated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/preview/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The item a preview link shows, as readers will see it: its working copy if it has one, else the item whatever its status
         * @description Anonymous. Cache-Control: private, no-store; X-Robots-Tag: noindex. A token that is not one this API signed, or whose item is gone, is a 404; an expired link a 410 with reason "expired", a revoked one a 410 with reason "revoked".
         */
        get: operations["GetPreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/reports/royalties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Royalties of the items published from one day to another (the portal's days), per author, with totals
         * @description Roles: Editor, Admin.
         */
        get: operations["RoyaltyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/reports/royalties.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The royalty report as CSV for Excel (UTF-8 with BOM): one row per author and item, then each author's total and the grand total
         * @description Roles: Editor, Admin.
         */
        get: operations["RoyaltyReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tags the newest published items carry most ("Chủ đề nổi bật"), for a strip of topics
         * @description within: how many of the newest published items to look at (10–1,000, default 200); limit 1–50 (default 10). Each tag's itemCount counts those items only; its page lists them all (?tag=slug).
         */
        get: operations["ListPopularTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tags/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tag that published items carry: its name for a tag page; list its items with ?tag= on any list */
        get: operations["GetTag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/videos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Published videos, newest first
         * @description Filter by category (sub-sections included) and tag; numbered pages. With ?q=, only items matching every word, best first, each with a snippet.
         */
        get: operations["ListVideos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/videos/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Many published videos in full, by id (up to 100 per request)
         * @description ?ids=1&ids=2&…: the items in the order asked, and the ids that are not public (drop those). For catching up after GET /changes named many items: one request per hundred instead of one each.
         */
        get: operations["GetVideosById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/videos/{idOrSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published video in full, by id or slug */
        get: operations["GetVideo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/videos/batch/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stories under many published videos, by id (up to 100 per request)
         * @description ?ids=1&ids=2&…: for each public item asked for, in order, its list as GET /{type}/{idOrSlug}/related gives it; the ids that are not public. For a site builder drawing many pages: one request per hundred instead of one each.
         */
        get: operations["GetVideosRelatedById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/videos/{idOrSlug}/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stories to show under a published video ("Tin liên quan"), up to 4, as list cards
         * @description Editors' pins first, in their order; then the items sharing the most of its tags, then those in its section, the most recent first among equals. Only items public now; any type.
         */
        get: operations["GetVideoRelated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The interviewee's answer to a reader's question: publishing both appends an exchange to the interview. */
        AnswerRequest: {
            /** @description Plain text; separate paragraphs with a blank line. */
            answer: string;
            /** @description Who answers, when it is not the interviewee (a second guest). */
            speaker?: string | null;
        };
        /**
         * @description Creates or replaces an article.
         * @example {
         *       "title": "Sóc Trăng đẩy mạnh chuyển đổi số trong cải cách hành chính",
         *       "summary": "Tỉnh đặt mục tiêu 80% hồ sơ thủ tục hành chính được xử lý trực tuyến trong năm 2024.",
         *       "body": "<p>Sáng nay, UBND tỉnh Sóc Trăng tổ chức hội nghị triển khai kế hoạch chuyển đổi số năm 2024.</p>",
         *       "tags": [
         *         "Chuyển đổi số",
         *         "Cải cách hành chính"
         *       ],
         *       "author": "Lê Vũ"
         *     }
         */
        ArticleRequest: {
            /** @description Optional; generated from the title when omitted. Lower-case ASCII words joined by '-'. */
            slug?: string | null;
            title: string;
            /** @description The lead paragraph ("sapo"), shown in lists and under the title. */
            summary?: string | null;
            /** @description A picture: absolute http(s) URL or a path on the API's own host ("/media/..."). */
            coverImage?: components["schemas"]["ImageRequest"] | null;
            /**
             * Format: int32
             * @description The section (see GET /api/v1/categories); null for none.
             */
            categoryId?: number | null;
            /** @description Tag names; new tags are created on first use. */
            tags?: string[] | null;
            /** @description The byline as printed, e.g. "Lê Vũ". */
            author?: string | null;
            /** @description Optional search and share overrides (title, description, picture, canonical URL). */
            seo?: components["schemas"]["SeoRequest"] | null;
            /**
             * @description The people the byline names, in order, each with a role ("Bài và ảnh: Lê Vũ"); the
             *     free-text author stays for imported stories. Omitted (null): the item's credits stay as
             *     they are; an empty list removes them.
             */
            credits?: components["schemas"]["CreditRequest"][] | null;
            /** @description Rich text (HTML). Sanitized on write to a newsroom allow-list: text formatting, headings, lists, links, figures, tables and YouTube/Vimeo embeds stay; scripts, event handlers, styles other than text-align and unsafe URLs go. */
            body: string;
        };
        ArticleResponse: {
            /** Format: int64 */
            id: number;
            type: components["schemas"]["ContentType"];
            slug: string;
            title: string;
            /** @description The lead paragraph ("sapo"). */
            summary?: string | null;
            /** @description The cover; for a video, its thumbnail. */
            coverImage?: components["schemas"]["ImageResponse"] | null;
            /** @description The section an item belongs to, as lists and detail pages show it. */
            category?: components["schemas"]["CategoryRef"] | null;
            tags: components["schemas"]["TagResponse"][];
            /** @description The byline as printed, e.g. "Lê Vũ". */
            author?: string | null;
            /** @description The people the byline names, in order, each with their role; link each to /tac-gia/{slug}. */
            credits: components["schemas"]["CreditResponse"][];
            status: components["schemas"]["ContentStatus"];
            /** Format: date-time */
            publishedAt?: string | null;
            /** Format: int64 */
            viewCount: number;
            /**
             * @description The public item in full, whatever its type: GET it from the API's host (a list row, a
             *     change in GET /changes, a featured entry all lead there without a type-to-path switch).
             */
            readonly href: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Search and share overrides the editor set; null when none (use the item's own title, summary, cover and address). */
            seo?: components["schemas"]["SeoResponse"] | null;
            /**
             * @description The slugs the item had before, newest first: GET /{type}/{oldSlug} still answers it (with
             *     its current slug), and a site redirects those addresses to the current one.
             */
            oldSlugs: string[];
            /** @description Management API only (null in public responses): the user who created the item, whose draft it is. */
            createdBy?: string | null;
            /** @description Management API only: the user who saved it last. */
            updatedBy?: string | null;
            /**
             * Format: int32
             * @description The row version; send it back as If-Match (it is also the ETag) to update safely.
             */
            version: number;
            /** @description Sanitized HTML. */
            body: string;
        };
        /**
         * @description Many items of one type in full, in the order asked (GET /{type}/batch?ids=): what a site
         *     builder or an app reads after the changes feed named them, a hundred per request instead
         *     of one request each.
         */
        ArticleResponseBatch: {
            /** @description The public ones, in the order of the ids asked for. */
            items: components["schemas"]["ArticleResponse"][];
            /** @description The ids asked for that are not public items of this type (never were, or not any more): drop your copies. */
            missing: number[];
        };
        /** @description One revision in full: its content is the request body that would write the item as it was. */
        ArticleRevision: {
            revision: components["schemas"]["RevisionSummary"];
            /** @description Creates or replaces an article. */
            content?: components["schemas"]["ArticleRequest"] | null;
        };
        /**
         * @description The working copy of an item: the next version, not yet public. `Outdated` says the
         *     item itself was saved since the copy was started, so publishing it would undo that save.
         */
        ArticleWorkingCopy: {
            /** Format: int64 */
            contentId: number;
            /** @description Creates or replaces an article. */
            content?: components["schemas"]["ArticleRequest"] | null;
            outdated: boolean;
            /** Format: date-time */
            createdAt: string;
            createdBy?: string | null;
            /** Format: date-time */
            updatedAt: string;
            updatedBy?: string | null;
        };
        /** @description A person as a byline names them: enough to print the name and link to their page. */
        AuthorRef: {
            /** Format: int32 */
            id: number;
            name: string;
            slug: string;
            title?: string | null;
        };
        /** @description Creates or replaces an author (a person bylines name). */
        AuthorRequest: {
            /** @description As printed in bylines, e.g. "Lê Vũ". */
            name: string;
            /** @description Optional; generated from the name when omitted (their page: /tac-gia/slug). */
            slug?: string | null;
            /** @description Their position ("Phóng viên"), optional. */
            title?: string | null;
            /** @description Their photo, usually from the media library. */
            photo?: components["schemas"]["ImageRequest"] | null;
            /** @description Plain text about them, for their page. */
            bio?: string | null;
            /**
             * Format: int32
             * @description The staff account that is this person (GET /manage/users), if any; one author per account.
             */
            userId?: number | null;
        };
        /** @description An author as the newsroom manages it. */
        AuthorResponse: {
            /** Format: int32 */
            id: number;
            name: string;
            slug: string;
            title?: string | null;
            /** @description A picture as items show it. */
            photo?: components["schemas"]["ImageResponse"] | null;
            bio?: string | null;
            /** Format: int32 */
            userId?: number | null;
            /**
             * Format: int32
             * @description Send back as If-Match to update or delete safely.
             */
            version: number;
            /** Format: date-time */
            createdAt?: string | null;
            createdBy?: string | null;
            /** Format: date-time */
            updatedAt?: string | null;
            updatedBy?: string | null;
        };
        /**
         * @description One page of a list. Numbered pages carry what a pager needs to draw "1 2 3 4 5 ...";
         *     a page read with a cursor (?after=) carries no page number or totals (counting is what
         *     makes deep pages slow) but, like numbered pages, the cursor to the next one.
         */
        AuthorResponsePage: {
            items: components["schemas"]["AuthorResponse"][];
            /** Format: int32 */
            page?: number | null;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            totalItems?: number | null;
            /** Format: int32 */
            totalPages?: number | null;
            /** @description Send as ?after= for the items after this page; null on the last page. */
            nextCursor?: string | null;
        };
        /** @description One person's part of the report: their items in order of publishing, and their totals. */
        AuthorRoyalties: {
            author: components["schemas"]["AuthorRef"];
            items: components["schemas"]["RoyaltyReportItem"][];
            /** Format: double */
            totalPoints: number;
            /** Format: int64 */
            totalAmount: number;
        };
        /** @description A section in the public tree, with its sub-sections in menu order. */
        CategoryNode: {
            /** Format: int32 */
            id: number;
            name: string;
            slug: string;
            description?: string | null;
            children: components["schemas"]["CategoryNode"][];
        };
        /** @description The section an item belongs to, as lists and detail pages show it. */
        CategoryRef: {
            /** Format: int32 */
            id: number;
            name: string;
            slug: string;
        };
        /**
         * @description Creates or replaces a section.
         * @example {
         *       "name": "Nông nghiệp",
         *       "parentId": null,
         *       "sortOrder": 0
         *     }
         */
        CategoryRequest: {
            name: string;
            /** @description Optional; generated from the name when omitted. */
            slug?: string | null;
            description?: string | null;
            /**
             * Format: int32
             * @description The parent section; null for a top-level section.
             */
            parentId?: number | null;
            /**
             * Format: int32
             * @description Position among its siblings; lower first (default 0).
             */
            sortOrder?: number | null;
        };
        CategoryResponse: {
            /** Format: int32 */
            id: number;
            name: string;
            slug: string;
            description?: string | null;
            /** Format: int32 */
            parentId?: number | null;
            /** Format: int32 */
            sortOrder: number;
            /**
             * Format: int32
             * @description Send back as If-Match to update safely.
             */
            version: number;
            /** Format: date-time */
            createdAt?: string | null;
            createdBy?: string | null;
            /** Format: date-time */
            updatedAt?: string | null;
            updatedBy?: string | null;
        };
        /** @description A user changes their own password; they get a new token back, every older one ends. */
        ChangeOwnPasswordRequest: {
            currentPassword: string;
            newPassword: string;
        };
        /**
         * @description What changed since the client's token: items to add or replace (as list rows; fetch one by
         *     id for its body), items to drop, and the token to send next time.
         */
        ChangesResponse: {
            items: components["schemas"]["ContentSummary"][];
            removed: components["schemas"]["RemovedItem"][];
            next: string;
            hasMore: boolean;
        };
        /** @enum {string} */
        ContentNoteKind: "comment" | "returned";
        /** @enum {string} */
        ContentStatus: "draft" | "inReview" | "scheduled" | "published" | "unpublished" | "archived";
        /** @description An item as lists show it: everything but the body. */
        ContentSummary: {
            /** Format: int64 */
            id: number;
            type: components["schemas"]["ContentType"];
            slug: string;
            title: string;
            /** @description The lead paragraph ("sapo"). */
            summary?: string | null;
            /** @description The cover; for a video, its thumbnail. */
            coverImage?: components["schemas"]["ImageResponse"] | null;
            /** @description The section an item belongs to, as lists and detail pages show it. */
            category?: components["schemas"]["CategoryRef"] | null;
            tags: components["schemas"]["TagResponse"][];
            /** @description The byline as printed, e.g. "Lê Vũ". */
            author?: string | null;
            /** @description The people the byline names, in order, each with their role; link each to /tac-gia/{slug}. */
            credits: components["schemas"]["CreditResponse"][];
            status: components["schemas"]["ContentStatus"];
            /** Format: date-time */
            publishedAt?: string | null;
            /** Format: int64 */
            viewCount: number;
            /**
             * @description The public item in full, whatever its type: GET it from the API's host (a list row, a
             *     change in GET /changes, a featured entry all lead there without a type-to-path switch).
             */
            readonly href: string;
            /**
             * Format: int32
             * @description Videos only: running time in seconds.
             */
            durationSeconds?: number | null;
            /**
             * Format: int32
             * @description Photo stories only: how many photos (a card's badge).
             */
            photoCount?: number | null;
            /**
             * @description Search results only: the passage around the first match, as text with & < > " ' escaped and
             *     each matching word in <mark>; safe to insert as HTML.
             */
            snippet?: string | null;
        };
        /**
         * @description One page of a list. Numbered pages carry what a pager needs to draw "1 2 3 4 5 ...";
         *     a page read with a cursor (?after=) carries no page number or totals (counting is what
         *     makes deep pages slow) but, like numbered pages, the cursor to the next one.
         */
        ContentSummaryPage: {
            items: components["schemas"]["ContentSummary"][];
            /** Format: int32 */
            page?: number | null;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            totalItems?: number | null;
            /** Format: int32 */
            totalPages?: number | null;
            /** @description Send as ?after= for the items after this page; null on the last page. */
            nextCursor?: string | null;
        };
        /** @enum {string} */
        ContentType: "article" | "interview" | "video" | "photoStory";
        /**
         * @description Figures carried over from a previous system. Each replaces the figure imported before
         *     (importing twice does not add twice); views counted here are kept on top of it.
         */
        CounterImportRequest: {
            /** Format: int64 */
            siteVisits?: number | null;
            items?: components["schemas"]["ItemViewsImport"][] | null;
            note?: string | null;
        };
        CounterImportResponse: {
            /** Format: date-time */
            importedAt: string;
            importedBy: string;
            /** Format: int64 */
            siteVisits?: number | null;
            /** Format: int32 */
            items: number;
        };
        /** @description An admin creates an account. */
        CreateUserRequest: {
            /** @description The sign-in name: 3-50 lower-case letters, digits, dots, hyphens or underscores. It never changes. */
            userName: string;
            /** @description At least 10 characters; give it to the person, who should change it. */
            password: string;
            role: components["schemas"]["UserRole"];
            /** @description The name the newsroom knows them by, e.g. "Lê Vũ". */
            displayName?: string | null;
        };
        /** @description One line of an item's byline as an editor gives it; its place is its index in the list. */
        CreditRequest: {
            /**
             * Format: int32
             * @description An author's id (GET /manage/authors).
             */
            authorId: number;
            role: components["schemas"]["CreditRole"];
        };
        /** @description One line of an item's byline: the person and what they did (text, photo, video, translation). */
        CreditResponse: {
            author: components["schemas"]["AuthorRef"];
            role: components["schemas"]["CreditRole"];
        };
        /** @enum {string} */
        CreditRole: "text" | "photo" | "video" | "translation";
        /** @description The open editor's heartbeat: the tab that holds the lock. */
        EditLockRenewal: {
            sessionId: string;
        };
        /**
         * @description Take an item's edit lock for one editor tab (`sessionId`: a random id per open editor).
         *     `takeOver: true` takes it from whoever holds it, if the caller may (editors: anyone's;
         *     authors: their own in another tab).
         */
        EditLockRequest: {
            sessionId: string;
            takeOver?: boolean | null;
        };
        /** @description An item's edit lock: who holds it now, or null when it is free (never taken, released or lapsed). */
        EditLockResponse: {
            /** Format: int64 */
            contentId: number;
            /**
             * @description Who holds a lock: the account (`displayName` for "Đang được Lê Vũ sửa", null when the
             *     account has none), the editor tab, since when, and when it lapses without a heartbeat.
             */
            holder?: components["schemas"]["LockHolder"] | null;
        };
        /** @description One question and its answer (plain text; separate paragraphs with a blank line); Asker: the reader who asked, in a live Q&A. */
        ExchangeRequest: {
            question: string;
            answer: string;
            speaker?: string | null;
            asker?: string | null;
        };
        ExchangeResponse: {
            question: string;
            /** @description Plain text; paragraphs are separated by a blank line. */
            answer: string;
            /** @description Who answers: the interviewee's name unless the exchange names someone else. */
            speaker: string;
            /** @description The reader who asked, in a live Q&A ("Nguyễn Văn An (Sóc Trăng)"); null for the journalist's questions. */
            asker?: string | null;
        };
        /** @description One place in a featured list as editors see it. */
        FeaturedEntry: {
            /** @description Readers see it now (false: a draft, scheduled for later, unpublished or archived; it keeps its place and shows once public). */
            isPublic: boolean;
            item: components["schemas"]["ContentSummary"];
        };
        /** @description GET /featured: what leads the home page or a section, in the editors' order; only items public now. */
        FeaturedItems: {
            /** @description The section the list leads; null for the home page. */
            category?: components["schemas"]["CategoryRef"] | null;
            /** @description First = the lead story. Empty when editors have chosen nothing (show the newest instead). */
            items: components["schemas"]["ContentSummary"][];
        };
        /** @description GET /manage/featured: a featured list with every item placed, public or not. Its ETag goes in the If-Match of the next PUT. */
        FeaturedListResponse: {
            /** @description The section the list leads; null for the home page. */
            category?: components["schemas"]["CategoryRef"] | null;
            /** @description In order; items deleted since they were placed are left out. */
            items: components["schemas"]["FeaturedEntry"][];
            /**
             * Format: date-time
             * @description Last saved; null if never.
             */
            updatedAt?: string | null;
            /** @description Who saved it last. */
            updatedBy?: string | null;
        };
        /** @description Replaces a featured list: the items in the order they lead the page. */
        FeaturedRequest: {
            /** @description Item ids of any type, first = the lead story; empty clears the list. Drafts and scheduled items may be placed: readers see each only while it is public. */
            itemIds: number[];
        };
        /** @description Where the picture's subject is, as fractions of its width (x) and height (y); the centre until an editor sets it. */
        FocalPointResponse: {
            /** Format: double */
            x: number;
            /** Format: double */
            y: number;
        };
        /** @description One page view, sent by the site: its visitor id (kept in the browser's storage) and the item viewed, if any. */
        HitRequest: {
            visitorId: string;
            /** Format: int64 */
            contentId?: number | null;
        };
        HttpValidationProblemDetails: {
            type: string;
            title: string;
            /** Format: int32 */
            status: number;
            detail?: string | null;
            instance?: string | null;
            errors: {
                [key: string]: string[];
            };
            /** @description Identifies the request in the API's logs: quote it when reporting a problem. */
            traceId: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A copy of a library picture to choose from (srcset): its shape ("original", "16:9", "4:3",
         *     "1:1"; crops keep the focal point in frame), type (image/jpeg, image/png or image/webp),
         *     size in pixels and address (root-relative, like the picture's own).
         */
        ImageRenditionResponse: {
            ratio: string;
            contentType: string;
            /** Format: int32 */
            width: number;
            /** Format: int32 */
            height: number;
            url: string;
        };
        /** @description A picture: absolute http(s) URL or a path on the API's own host ("/media/..."). */
        ImageRequest: {
            url: string;
            caption?: string | null;
            alt?: string | null;
        };
        /** @description A picture as items show it. */
        ImageResponse: {
            /**
             * @description Load it as it is: an absolute URL, or a path on the API's host. Uploads are under
             *     /media/{year}/{month}/ (GetMediaFile), the demo content's pictures under /media/demo/
             *     (static files); a client needs no template to fetch either.
             */
            url: string;
            caption?: string | null;
            alt?: string | null;
            /**
             * Format: int32
             * @description Width in pixels: known for a cover picked from the API's media library, null otherwise.
             */
            width?: number | null;
            /**
             * Format: int32
             * @description Height in pixels: known when the width is.
             */
            height?: number | null;
            /**
             * @description For a picture of the API's media library: its smaller copies and crops, narrowest first
             *     within each shape, as JPEG/PNG and WebP (a phone picks a small one); null for other pictures.
             *     Filled in after mapping, once per response (Media/ImageRenditionsFilter).
             */
            renditions?: components["schemas"]["ImageRenditionResponse"][] | null;
        };
        /**
         * @description Creates or replaces an interview: who was interviewed and the questions and answers, in order.
         * @example {
         *       "title": "Năm 2024, Đảng bộ thành phố Sóc Trăng tập trung hoàn thiện các tiêu chí đô thị loại I",
         *       "summary": "Cuộc trao đổi với Bí thư Thành ủy Sóc Trăng về kết quả năm 2023 và nhiệm vụ năm mới.",
         *       "interviewee": {
         *         "name": "Nguyễn Văn Quận",
         *         "position": "Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Sóc Trăng"
         *       },
         *       "exchanges": [
         *         {
         *           "question": "Xin đồng chí cho biết những kết quả nổi bật trong năm 2023?",
         *           "answer": "Năm 2023, tình hình kinh tế - xã hội thành phố tiếp tục phát triển khá."
         *         }
         *       ],
         *       "closing": "Xin cảm ơn đồng chí!",
         *       "author": "Lê Vũ"
         *     }
         */
        InterviewRequest: {
            /** @description Optional; generated from the title when omitted. Lower-case ASCII words joined by '-'. */
            slug?: string | null;
            title: string;
            /** @description The lead paragraph ("sapo"), shown in lists and under the title. */
            summary?: string | null;
            /** @description A picture: absolute http(s) URL or a path on the API's own host ("/media/..."). */
            coverImage?: components["schemas"]["ImageRequest"] | null;
            /**
             * Format: int32
             * @description The section (see GET /api/v1/categories); null for none.
             */
            categoryId?: number | null;
            /** @description Tag names; new tags are created on first use. */
            tags?: string[] | null;
            /** @description The byline as printed, e.g. "Lê Vũ". */
            author?: string | null;
            /** @description Optional search and share overrides (title, description, picture, canonical URL). */
            seo?: components["schemas"]["SeoRequest"] | null;
            /**
             * @description The people the byline names, in order, each with a role ("Bài và ảnh: Lê Vũ"); the
             *     free-text author stays for imported stories. Omitted (null): the item's credits stay as
             *     they are; an empty list removes them.
             */
            credits?: components["schemas"]["CreditRequest"][] | null;
            interviewee: components["schemas"]["IntervieweeRequest"];
            exchanges: components["schemas"]["ExchangeRequest"][];
            /** @description An optional closing line, e.g. "Xin cảm ơn đồng chí!". */
            closing?: string | null;
        };
        InterviewResponse: {
            /** Format: int64 */
            id: number;
            type: components["schemas"]["ContentType"];
            slug: string;
            title: string;
            /** @description The lead paragraph ("sapo"). */
            summary?: string | null;
            /** @description The cover; for a video, its thumbnail. */
            coverImage?: components["schemas"]["ImageResponse"] | null;
            /** @description The section an item belongs to, as lists and detail pages show it. */
            category?: components["schemas"]["CategoryRef"] | null;
            tags: components["schemas"]["TagResponse"][];
            /** @description The byline as printed, e.g. "Lê Vũ". */
            author?: string | null;
            /** @description The people the byline names, in order, each with their role; link each to /tac-gia/{slug}. */
            credits: components["schemas"]["CreditResponse"][];
            status: components["schemas"]["ContentStatus"];
            /** Format: date-time */
            publishedAt?: string | null;
            /** Format: int64 */
            viewCount: number;
            /**
             * @description The public item in full, whatever its type: GET it from the API's host (a list row, a
             *     change in GET /changes, a featured entry all lead there without a type-to-path switch).
             */
            readonly href: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Search and share overrides the editor set; null when none (use the item's own title, summary, cover and address). */
            seo?: components["schemas"]["SeoResponse"] | null;
            /**
             * @description The slugs the item had before, newest first: GET /{type}/{oldSlug} still answers it (with
             *     its current slug), and a site redirects those addresses to the current one.
             */
            oldSlugs: string[];
            /** @description Management API only (null in public responses): the user who created the item, whose draft it is. */
            createdBy?: string | null;
            /** @description Management API only: the user who saved it last. */
            updatedBy?: string | null;
            /**
             * Format: int32
             * @description The row version; send it back as If-Match (it is also the ETag) to update safely.
             */
            version: number;
            interviewee: components["schemas"]["IntervieweeResponse"];
            exchanges: components["schemas"]["ExchangeResponse"][];
            closing?: string | null;
        };
        /**
         * @description Many items of one type in full, in the order asked (GET /{type}/batch?ids=): what a site
         *     builder or an app reads after the changes feed named them, a hundred per request instead
         *     of one request each.
         */
        InterviewResponseBatch: {
            /** @description The public ones, in the order of the ids asked for. */
            items: components["schemas"]["InterviewResponse"][];
            /** @description The ids asked for that are not public items of this type (never were, or not any more): drop your copies. */
            missing: number[];
        };
        /** @description One revision in full: its content is the request body that would write the item as it was. */
        InterviewRevision: {
            revision: components["schemas"]["RevisionSummary"];
            /** @description Creates or replaces an interview: who was interviewed and the questions and answers, in order. */
            content?: components["schemas"]["InterviewRequest"] | null;
        };
        /**
         * @description The working copy of an item: the next version, not yet public. `Outdated` says the
         *     item itself was saved since the copy was started, so publishing it would undo that save.
         */
        InterviewWorkingCopy: {
            /** Format: int64 */
            contentId: number;
            /** @description Creates or replaces an interview: who was interviewed and the questions and answers, in order. */
            content?: components["schemas"]["InterviewRequest"] | null;
            outdated: boolean;
            /** Format: date-time */
            createdAt: string;
            createdBy?: string | null;
            /** Format: date-time */
            updatedAt: string;
            updatedBy?: string | null;
        };
        IntervieweeRequest: {
            name: string;
            position?: string | null;
            /** @description A picture: absolute http(s) URL or a path on the API's own host ("/media/..."). */
            portrait?: components["schemas"]["ImageRequest"] | null;
        };
        IntervieweeResponse: {
            name: string;
            position?: string | null;
            /** @description A picture as items show it. */
            portrait?: components["schemas"]["ImageResponse"] | null;
        };
        /** @description An item's royalties, in byline order, with their sums. */
        ItemRoyalties: {
            /** Format: int64 */
            contentId: number;
            royalties: components["schemas"]["RoyaltyResponse"][];
            /** Format: double */
            totalPoints: number;
            /** Format: int64 */
            totalAmount: number;
        };
        ItemViewsImport: {
            /** Format: int64 */
            contentId: number;
            /** Format: int64 */
            views: number;
        };
        /** @enum {string} */
        LiveQuestionState: "pending" | "approved" | "merged" | "rejected" | "answered";
        /** @description Opens, moves or closes an interview's live session (to close it now, send closesAt = now). */
        LiveSessionRequest: {
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
        };
        /** @enum {string} */
        LiveSessionState: "upcoming" | "open" | "closed";
        /** @description An interview's live session as readers (and the site's script) see it. */
        LiveStatusResponse: {
            /** Format: int64 */
            interviewId: number;
            slug: string;
            /** @description upcoming, open or closed; null when the interview has no live session. */
            state?: (string & components["schemas"]["LiveSessionState"]) | null;
            /** Format: date-time */
            opensAt?: string | null;
            /** Format: date-time */
            closesAt?: string | null;
            /**
             * Format: int32
             * @description The interview's exchanges now: a page showing fewer has answers to fetch.
             */
            exchangeCount: number;
        };
        /**
         * @description Who holds a lock: the account (`displayName` for "Đang được Lê Vũ sửa", null when the
         *     account has none), the editor tab, since when, and when it lapses without a heartbeat.
         */
        LockHolder: {
            userName: string;
            displayName?: string | null;
            sessionId: string;
            /** Format: date-time */
            since: string;
            /** Format: date-time */
            expiresAt: string;
        };
        /** @description An item in the newsroom's lists: what readers' lists show, plus who made and last changed it, and when, and its notes in brief. */
        ManagedContentSummary: {
            /** Format: int64 */
            id: number;
            type: components["schemas"]["ContentType"];
            slug: string;
            title: string;
            /** @description The lead paragraph ("sapo"). */
            summary?: string | null;
            /** @description The cover; for a video, its thumbnail. */
            coverImage?: components["schemas"]["ImageResponse"] | null;
            /** @description The section an item belongs to, as lists and detail pages show it. */
            category?: components["schemas"]["CategoryRef"] | null;
            tags: components["schemas"]["TagResponse"][];
            /** @description The byline as printed, e.g. "Lê Vũ". */
            author?: string | null;
            /** @description The people the byline names, in order, each with their role; link each to /tac-gia/{slug}. */
            credits: components["schemas"]["CreditResponse"][];
            status: components["schemas"]["ContentStatus"];
            /** Format: date-time */
            publishedAt?: string | null;
            /** Format: int64 */
            viewCount: number;
            /**
             * @description The public item in full, whatever its type: GET it from the API's host (a list row, a
             *     change in GET /changes, a featured entry all lead there without a type-to-path switch).
             */
            readonly href: string;
            /**
             * Format: int32
             * @description Videos only: running time in seconds.
             */
            durationSeconds?: number | null;
            /**
             * Format: int32
             * @description Photo stories only: how many photos (a card's badge).
             */
            photoCount?: number | null;
            /**
             * @description Search results only: the passage around the first match, as text with & < > " ' escaped and
             *     each matching word in <mark>; safe to insert as HTML.
             */
            snippet?: string | null;
            createdBy?: string | null;
            /** Format: date-time */
            updatedAt: string;
            updatedBy?: string | null;
            /** @description A next version is being written (GET …/{id}/draft). */
            hasWorkingCopy: boolean;
            /**
             * Format: int32
             * @description How many staff notes the item has (GET …/{id}/notes), replies included.
             */
            noteCount: number;
            /** @description Returned to its author and still a draft: the editor's latest reason; null otherwise. */
            returnedReason?: string | null;
            /**
             * Format: date-time
             * @description When it was returned (set with ReturnedReason).
             */
            returnedAt?: string | null;
            /** @description The user name of the editor who returned it (set with ReturnedReason). */
            returnedBy?: string | null;
            /** @description That editor's display name, when the account has one. */
            returnedByName?: string | null;
        };
        /**
         * @description One page of a list. Numbered pages carry what a pager needs to draw "1 2 3 4 5 ...";
         *     a page read with a cursor (?after=) carries no page number or totals (counting is what
         *     makes deep pages slow) but, like numbered pages, the cursor to the next one.
         */
        ManagedContentSummaryPage: {
            items: components["schemas"]["ManagedContentSummary"][];
            /** Format: int32 */
            page?: number | null;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            totalItems?: number | null;
            /** Format: int32 */
            totalPages?: number | null;
            /** @description Send as ?after= for the items after this page; null on the last page. */
            nextCursor?: string | null;
        };
        /** @description A reader's question as the staff see it: with the address and browser it came from, never shown to the public. */
        ManagedQuestionResponse: {
            /** Format: int64 */
            id: number;
            name: string;
            place?: string | null;
            /** @description As the reader sent it. */
            text: string;
            /** @description The moderator's wording, published instead of text; null when unchanged. */
            editedText?: string | null;
            state: components["schemas"]["LiveQuestionState"];
            /** Format: int64 */
            mergedIntoId?: number | null;
            /** Format: date-time */
            submittedAt: string;
            clientAddress?: string | null;
            userAgent?: string | null;
            /** Format: date-time */
            moderatedAt?: string | null;
            moderatedBy?: string | null;
        };
        /** @description An image's caption (printed under it) and alt text (for readers who cannot see it). */
        MediaDescriptionRequest: {
            caption?: string | null;
            alt?: string | null;
        };
        /** @description Where the picture's subject is: x across (0 the left edge, 1 the right), y down (0 the top, 1 the bottom). */
        MediaFocalPointRequest: {
            /** Format: double */
            x: number;
            /** Format: double */
            y: number;
        };
        /**
         * @description An image in the media library. URLs are root-relative: resolve them against the API's
         *     address. `Version` is what the ETag holds: send it as If-Match ("\"version\"") to edit or delete from a list.
         */
        MediaResponse: {
            /** Format: int64 */
            id: number;
            url: string;
            fileName: string;
            contentType: string;
            /** Format: int32 */
            width: number;
            /** Format: int32 */
            height: number;
            /** Format: int64 */
            sizeBytes: number;
            caption?: string | null;
            alt?: string | null;
            focalPoint: components["schemas"]["FocalPointResponse"];
            renditions: components["schemas"]["RenditionResponse"][];
            /** Format: date-time */
            createdAt?: string | null;
            createdBy?: string | null;
            /** Format: date-time */
            updatedAt?: string | null;
            updatedBy?: string | null;
            /** Format: int32 */
            version: number;
        };
        /**
         * @description One page of a list. Numbered pages carry what a pager needs to draw "1 2 3 4 5 ...";
         *     a page read with a cursor (?after=) carries no page number or totals (counting is what
         *     makes deep pages slow) but, like numbered pages, the cursor to the next one.
         */
        MediaResponsePage: {
            items: components["schemas"]["MediaResponse"][];
            /** Format: int32 */
            page?: number | null;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            totalItems?: number | null;
            /** Format: int32 */
            totalPages?: number | null;
            /** @description Send as ?after= for the items after this page; null on the last page. */
            nextCursor?: string | null;
        };
        /** @description One ranked item: its views in the period, and the item as lists show it. */
        MostViewedEntry: {
            /** Format: int64 */
            views: number;
            item: components["schemas"]["ContentSummary"];
        };
        MostViewedList: {
            period: components["schemas"]["ViewPeriod"];
            type?: (string & components["schemas"]["ContentType"]) | null;
            items: components["schemas"]["MostViewedEntry"][];
        };
        /** @description A note on an item, or, with parentId, a reply in a note's thread. */
        NoteRequest: {
            /** @description Plain text, 1 to 4,000 characters; shown as text, never as HTML. */
            text: string;
            /**
             * Format: int64
             * @description The note answered; a reply to a reply joins its thread.
             */
            parentId?: number | null;
        };
        /**
         * @description One note: who wrote it (user name, and display name if the account has one), when, and its
         *     text as typed (plain text: show it as text). A thread's first note carries its replies,
         *     oldest first; a reply's Replies is empty.
         */
        NoteResponse: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            parentId?: number | null;
            kind: components["schemas"]["ContentNoteKind"];
            text: string;
            /** Format: date-time */
            createdAt: string;
            createdBy?: string | null;
            createdByName?: string | null;
            replies: components["schemas"]["NoteResponse"][];
        };
        /** @description An item's notes as threads, oldest first, and why it was returned if it still waits on its author. */
        NotesResponse: {
            items: components["schemas"]["NoteResponse"][];
            /** @description An editor's reason for returning an item that is still a draft: what, when, who (user name and display name). */
            returned?: components["schemas"]["ReturnedNotice"] | null;
        };
        /**
         * @description One photo: the picture (a media library address such as "/media/2026/12/…jpg", or an absolute
         *     http(s) URL) with its caption and alt text, and the photographer as printed after "Ảnh: ".
         */
        PhotoRequest: {
            image: components["schemas"]["ImageRequest"];
            credit?: string | null;
        };
        /** @description One photo: the picture as every image is given (its caption printed under it), and who took it. */
        PhotoResponse: {
            image: components["schemas"]["ImageResponse"];
            /** @description The photographer, printed as "Ảnh: {credit}"; null when not given. */
            credit?: string | null;
        };
        /**
         * @description Creates or replaces a photo story ("Phóng sự ảnh"): the lead is the summary; the photos come
         *     in the order readers see them.
         * @example {
         *       "title": "Sóc Trăng rực rỡ mùa lễ hội Oóc Om Bóc",
         *       "summary": "Những khoảnh khắc đẹp của lễ hội đua ghe Ngo năm 2024.",
         *       "photos": [
         *         {
         *           "image": {
         *             "url": "/media/demo/thanh-pho-soc-trang.svg",
         *             "caption": "Đua ghe Ngo trên sông Maspero."
         *           },
         *           "credit": "Lê Vũ"
         *         }
         *       ]
         *     }
         */
        PhotoStoryRequest: {
            /** @description Optional; generated from the title when omitted. Lower-case ASCII words joined by '-'. */
            slug?: string | null;
            title: string;
            /** @description The lead paragraph ("sapo"), shown in lists and under the title. */
            summary?: string | null;
            /** @description A picture: absolute http(s) URL or a path on the API's own host ("/media/..."). */
            coverImage?: components["schemas"]["ImageRequest"] | null;
            /**
             * Format: int32
             * @description The section (see GET /api/v1/categories); null for none.
             */
            categoryId?: number | null;
            /** @description Tag names; new tags are created on first use. */
            tags?: string[] | null;
            /** @description The byline as printed, e.g. "Lê Vũ". */
            author?: string | null;
            /** @description Optional search and share overrides (title, description, picture, canonical URL). */
            seo?: components["schemas"]["SeoRequest"] | null;
            /**
             * @description The people the byline names, in order, each with a role ("Bài và ảnh: Lê Vũ"); the
             *     free-text author stays for imported stories. Omitted (null): the item's credits stay as
             *     they are; an empty list removes them.
             */
            credits?: components["schemas"]["CreditRequest"][] | null;
            photos: components["schemas"]["PhotoRequest"][];
        };
        /** @description A photo story in full: the lead is `summary`, then the photos in order. */
        PhotoStoryResponse: {
            /** Format: int64 */
            id: number;
            type: components["schemas"]["ContentType"];
            slug: string;
            title: string;
            /** @description The lead paragraph ("sapo"). */
            summary?: string | null;
            /** @description The cover; for a video, its thumbnail. */
            coverImage?: components["schemas"]["ImageResponse"] | null;
            /** @description The section an item belongs to, as lists and detail pages show it. */
            category?: components["schemas"]["CategoryRef"] | null;
            tags: components["schemas"]["TagResponse"][];
            /** @description The byline as printed, e.g. "Lê Vũ". */
            author?: string | null;
            /** @description The people the byline names, in order, each with their role; link each to /tac-gia/{slug}. */
            credits: components["schemas"]["CreditResponse"][];
            status: components["schemas"]["ContentStatus"];
            /** Format: date-time */
            publishedAt?: string | null;
            /** Format: int64 */
            viewCount: number;
            /**
             * @description The public item in full, whatever its type: GET it from the API's host (a list row, a
             *     change in GET /changes, a featured entry all lead there without a type-to-path switch).
             */
            readonly href: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Search and share overrides the editor set; null when none (use the item's own title, summary, cover and address). */
            seo?: components["schemas"]["SeoResponse"] | null;
            /**
             * @description The slugs the item had before, newest first: GET /{type}/{oldSlug} still answers it (with
             *     its current slug), and a site redirects those addresses to the current one.
             */
            oldSlugs: string[];
            /** @description Management API only (null in public responses): the user who created the item, whose draft it is. */
            createdBy?: string | null;
            /** @description Management API only: the user who saved it last. */
            updatedBy?: string | null;
            /**
             * Format: int32
             * @description The row version; send it back as If-Match (it is also the ETag) to update safely.
             */
            version: number;
            photos: components["schemas"]["PhotoResponse"][];
        };
        /**
         * @description Many items of one type in full, in the order asked (GET /{type}/batch?ids=): what a site
         *     builder or an app reads after the changes feed named them, a hundred per request instead
         *     of one request each.
         */
        PhotoStoryResponseBatch: {
            /** @description The public ones, in the order of the ids asked for. */
            items: components["schemas"]["PhotoStoryResponse"][];
            /** @description The ids asked for that are not public items of this type (never were, or not any more): drop your copies. */
            missing: number[];
        };
        /** @description One revision in full: its content is the request body that would write the item as it was. */
        PhotoStoryRevision: {
            revision: components["schemas"]["RevisionSummary"];
            /**
             * @description Creates or replaces a photo story ("Phóng sự ảnh"): the lead is the summary; the photos come
             *     in the order readers see them.
             */
            content?: components["schemas"]["PhotoStoryRequest"] | null;
        };
        /**
         * @description The working copy of an item: the next version, not yet public. `Outdated` says the
         *     item itself was saved since the copy was started, so publishing it would undo that save.
         */
        PhotoStoryWorkingCopy: {
            /** Format: int64 */
            contentId: number;
            /**
             * @description Creates or replaces a photo story ("Phóng sự ảnh"): the lead is the summary; the photos come
             *     in the order readers see them.
             */
            content?: components["schemas"]["PhotoStoryRequest"] | null;
            outdated: boolean;
            /** Format: date-time */
            createdAt: string;
            createdBy?: string | null;
            /** Format: date-time */
            updatedAt: string;
            updatedBy?: string | null;
        };
        /** @description A tag readers can follow now ("Chủ đề nổi bật"), with how many of the items looked at carry it. */
        PopularTag: {
            name: string;
            slug: string;
            /** Format: int32 */
            itemCount: number;
        };
        /** @description GET /tags: the tags of the moment, most carried first. */
        PopularTags: {
            /**
             * Format: int32
             * @description How many of the newest published items were looked at.
             */
            within: number;
            /** @description Most carried first, then by slug. */
            items: components["schemas"]["PopularTag"][];
        };
        /** @description A new preview link; `validHours` (optional) is how long it works, Cms:Preview:LinkLifetime when not given. */
        PreviewLinkRequest: {
            /** Format: int32 */
            validHours?: number | null;
        };
        /**
         * @description A preview link as the newsroom sees it: the address to send (the public site's page), the
         *     token in it, until when it works, who made it, and whether it still works.
         */
        PreviewLinkResponse: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            contentId: number;
            url: string;
            token: string;
            /** Format: date-time */
            expiresAt: string;
            createdBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            revokedAt?: string | null;
            revokedBy?: string | null;
            state: components["schemas"]["PreviewLinkState"];
        };
        /** @enum {string} */
        PreviewLinkState: "active" | "expired" | "revoked";
        /**
         * @description What a preview link shows: the item in the public response of its type (exactly one of
         *     `article`, `interview`, `video`, `photoStory` is set; its `type`
         *     says which), as it stands now (its working copy, when it has one), and until when the link works.
         */
        PreviewResponse: {
            /** Format: date-time */
            expiresAt: string;
            article?: components["schemas"]["ArticleResponse"] | null;
            interview?: components["schemas"]["InterviewResponse"] | null;
            video?: components["schemas"]["VideoResponse"] | null;
            /** @description A photo story in full: the lead is `summary`, then the photos in order. */
            photoStory?: components["schemas"]["PhotoStoryResponse"] | null;
        };
        ProblemDetails: {
            type: string;
            title: string;
            /** Format: int32 */
            status: number;
            detail?: string | null;
            instance?: string | null;
            /** @description Identifies the request in the API's logs: quote it when reporting a problem. */
            traceId: string;
        } & {
            [key: string]: unknown;
        };
        /** @description An author as readers see them, for the head of their page; their items: GET /authors/{slug}/items. */
        PublicAuthor: {
            /** Format: int32 */
            id: number;
            name: string;
            slug: string;
            title?: string | null;
            /** @description A picture as items show it. */
            photo?: components["schemas"]["ImageResponse"] | null;
            bio?: string | null;
        };
        /** @description A question taken for moderation: it is shown to nobody until it is answered. */
        QuestionAcceptedResponse: {
            /** Format: int64 */
            id: number;
        };
        /** @description A reader's question to a live session. Plain text: HTML is kept as typed and shown as text, never as markup. */
        QuestionRequest: {
            /** @description The reader's name, published with the answer (1 to 100 characters). */
            name: string;
            /** @description Where they write from (optional, up to 100), published with the name: "Sóc Trăng". */
            place?: string | null;
            /** @description The question (1 to 2,000 characters). */
            text: string;
        };
        /**
         * @description A moderator's decision on a question: `text` corrects its wording (spelling; the reader's
         *     own stays for the staff), `state` approves or rejects it, `mergeInto` marks it a
         *     duplicate of another question of the session. Any of them, in one request.
         */
        QuestionUpdateRequest: {
            /** @description The wording to publish (1 to 2,000 characters). */
            text?: string | null;
            /**
             * @description "approved" or "rejected".
             * @enum {string|null}
             */
            state?: "approved" | "rejected" | null;
            /**
             * Format: int64
             * @description The id of the question this one duplicates.
             */
            mergeInto?: number | null;
        };
        /**
         * @description GET /{type}/batch/related?ids=: the stories under many items at once, what a site builder reads
         *     beside the items themselves (a hundred per request) instead of one request per page.
         */
        RelatedBatch: {
            /** @description One entry per public item asked for, in the order asked. */
            items: components["schemas"]["RelatedOfItem"][];
            /** @description The ids asked for that are not public items of this type. */
            missing: number[];
        };
        /** @description GET /{type}/{idOrSlug}/related: the stories to show under an item, in order. */
        RelatedItemsResponse: {
            /** @description Up to four list cards, of any type; empty when nothing relates. */
            items: components["schemas"]["ContentSummary"][];
        };
        /** @description The stories under one item, as GET /{type}/{idOrSlug}/related lists them. */
        RelatedOfItem: {
            /**
             * Format: int64
             * @description The item's id.
             */
            id: number;
            /** @description Up to four list cards, in order; empty when nothing relates. */
            items: components["schemas"]["ContentSummary"][];
        };
        /** @description One pinned story as editors see it. */
        RelatedPinEntry: {
            /** @description Readers see it now (false: a draft, scheduled for later, unpublished or archived; it keeps its place and shows once public). */
            isPublic: boolean;
            item: components["schemas"]["ContentSummary"];
        };
        /** @description Replaces the stories pinned under an item: their ids in the order they stand. */
        RelatedPinsRequest: {
            /** @description Item ids of any type, first shown first; empty removes every pin. Drafts and scheduled items may be pinned: readers see each while it is public. */
            itemIds: number[];
        };
        /** @description GET/PUT /manage/{type}/{id}/related: an item's pins and what readers see under it. */
        RelatedPinsResponse: {
            /** @description In order; items deleted since are gone with their pins. */
            pins: components["schemas"]["RelatedPinEntry"][];
            /** @description What readers see under the item now, pins first (for an item not yet public: what they will see once it is, as things stand). */
            shown: components["schemas"]["ContentSummary"][];
        };
        /** @description An item that is no longer public (unpublished, archived, rescheduled or deleted): drop your copy. */
        RemovedItem: {
            /** Format: int64 */
            id: number;
            type: components["schemas"]["ContentType"];
        };
        /**
         * @description A smaller copy: "w320" for list thumbnails, "w800" for phones, "w1600" for wide screens, in the
         *     original's shape (ratio "original") or cropped ("16:9", "4:3", "1:1"), as JPEG/PNG or WebP.
         */
        RenditionResponse: {
            name: string;
            ratio: string;
            url: string;
            /** Format: int32 */
            width: number;
            /** Format: int32 */
            height: number;
            contentType: string;
            /** Format: int64 */
            sizeBytes: number;
        };
        /** @description Send an item in review back to its author: why, in plain text the author reads on opening it. */
        ReturnRequest: {
            reason: string;
        };
        /** @description An editor's reason for returning an item that is still a draft: what, when, who (user name and display name). */
        ReturnedNotice: {
            reason: string;
            /** Format: date-time */
            at: string;
            by?: string | null;
            byName?: string | null;
        };
        /** @description One entry of an item's history: what was done, by whom, when, and the status it left. */
        RevisionSummary: {
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            action: "created" | "updated" | "submitted" | "returned" | "published" | "unpublished" | "archived" | "scheduled" | "restored" | "draftSaved" | "draftPublished" | "answered";
            status: components["schemas"]["ContentStatus"];
            title: string;
            /** Format: date-time */
            createdAt: string;
            createdBy?: string | null;
            /** Format: int64 */
            restoredFrom?: number | null;
        };
        /**
         * @description One page of a list. Numbered pages carry what a pager needs to draw "1 2 3 4 5 ...";
         *     a page read with a cursor (?after=) carries no page number or totals (counting is what
         *     makes deep pages slow) but, like numbered pages, the cursor to the next one.
         */
        RevisionSummaryPage: {
            items: components["schemas"]["RevisionSummary"][];
            /** Format: int32 */
            page?: number | null;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            totalItems?: number | null;
            /** Format: int32 */
            totalPages?: number | null;
            /** @description Send as ?after= for the items after this page; null on the last page. */
            nextCursor?: string | null;
        };
        /** @description An item's royalties ("nhuận bút"), replacing those it had: one entry per credited person. */
        RoyaltiesRequest: {
            /** @description Empty: the item has none. */
            royalties: components["schemas"]["RoyaltyEntryRequest"][];
        };
        /** @description What one credited person is paid for the item: points, an amount in đồng, or both. */
        RoyaltyEntryRequest: {
            /**
             * Format: int32
             * @description An author credited on the item.
             */
            authorId: number;
            /**
             * Format: double
             * @description Points (up to two decimals), which the newsroom converts to money later.
             */
            points?: number | null;
            /**
             * Format: int64
             * @description Đồng (VND), whole.
             */
            amount?: number | null;
            note?: string | null;
        };
        /** @description The royalties of the items published in a period, per person, with totals. */
        RoyaltyReport: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            authors: components["schemas"]["AuthorRoyalties"][];
            /** Format: double */
            totalPoints: number;
            /** Format: int64 */
            totalAmount: number;
        };
        /** @description One item in a person's part of the report, with what they did for it and what it pays. */
        RoyaltyReportItem: {
            /** Format: int64 */
            contentId: number;
            type: components["schemas"]["ContentType"];
            title: string;
            /** Format: date-time */
            publishedAt: string;
            roles: components["schemas"]["CreditRole"][];
            /** Format: double */
            points?: number | null;
            /** Format: int64 */
            amount?: number | null;
        };
        /** @description What one person is paid for one item, and who set it when. */
        RoyaltyResponse: {
            author: components["schemas"]["AuthorRef"];
            /** Format: double */
            points?: number | null;
            /**
             * Format: int64
             * @description Đồng (VND).
             */
            amount?: number | null;
            note?: string | null;
            setBy?: string | null;
            /** Format: date-time */
            setAt: string;
        };
        /**
         * @description Publish automatically at a future time (ISO 8601 with offset, e.g. 2025-01-01T06:00:00+07:00).
         * @example {
         *       "publishAt": "2030-01-01T06:00:00+07:00"
         *     }
         */
        ScheduleRequest: {
            /** Format: date-time */
            publishAt: string;
        };
        /**
         * @description Search and share overrides; each optional, and what is left out falls back to the item's
         *     own title, lead and cover. Sending none of them (or null) removes them all.
         */
        SeoRequest: {
            /** @description The page's title in search results and share previews; about 60 characters show in full. */
            title?: string | null;
            /** @description The meta description; about 160 characters show in full. */
            description?: string | null;
            /** @description The share preview's picture: JPEG, PNG, WebP or GIF, ideally 1200×630. */
            image?: components["schemas"]["ImageRequest"] | null;
            /** @description An absolute http(s) address, only when the story's original lives elsewhere. */
            canonicalUrl?: string | null;
        };
        /** @description The item's search and share overrides; a page head uses each one set instead of the item's own. */
        SeoResponse: {
            /** @description Instead of the title in <title> and og:title. */
            title?: string | null;
            /** @description Instead of the summary in the meta description and og:description. */
            description?: string | null;
            /** @description Instead of the cover in og:image. */
            image?: components["schemas"]["ImageResponse"] | null;
            /** @description Instead of the page's own address in <link rel=canonical> and og:url. */
            canonicalUrl?: string | null;
        };
        /** @description An admin sets a new password for someone (their tokens stop working). */
        SetPasswordRequest: {
            newPassword: string;
        };
        SiteStatistics: {
            /** Format: int64 */
            online: number;
            /** Format: int64 */
            today: number;
            /** Format: int64 */
            thisWeek: number;
            /** Format: int64 */
            total: number;
        };
        /** @description Folds a tag into another: its items carry the other one instead, and it is deleted. */
        TagMergeRequest: {
            /** @description The tag to keep: its slug, or its name as written. */
            into: string;
        };
        /** @description Writes a tag differently: every item carrying it shows the new name (and the tag's page moves to the new slug). */
        TagRenameRequest: {
            /** @description The tag as it should be written, e.g. "Sóc Trăng". */
            name: string;
        };
        TagResponse: {
            name: string;
            slug: string;
        };
        /** @description An existing tag an editor may reuse, with how many items (of any status) carry it. */
        TagSuggestion: {
            name: string;
            slug: string;
            /** Format: int32 */
            itemCount: number;
        };
        /**
         * @example {
         *       "userName": "admin",
         *       "password": "see .data/admin-password"
         *     }
         */
        TokenRequest: {
            userName: string;
            password: string;
        };
        /**
         * @description Send as "Authorization: Bearer {accessToken}" until expiresAt; before then, POST
         *     /auth/refresh with it for a new one, or sign in again.
         */
        TokenResponse: {
            accessToken: string;
            /** Format: date-time */
            expiresAt: string;
            tokenType: string;
            userName: string;
            role: components["schemas"]["UserRole"];
        };
        /** @description A transcript to turn into a draft interview (see Cms.Domain/Interviews/Transcript.cs for the form it reads). */
        TranscriptImportRequest: {
            /** @description The transcript as plain text (one paragraph per line) or as pasted HTML. */
            transcript: string;
            /** @description "text" or "html"; unset: HTML when it starts with a tag. */
            format?: string | null;
            /** Format: int32 */
            categoryId?: number | null;
            author?: string | null;
        };
        /** @description An admin changes an account's role, name or state. Send If-Match with its ETag. */
        UpdateUserRequest: {
            role: components["schemas"]["UserRole"];
            displayName?: string | null;
            /** @description False disables the account: no sign-in, and its tokens stop working at once. */
            isActive: boolean;
        };
        /** @description An account as admins (and the user themselves) see it. Never the password hash. */
        UserResponse: {
            /** Format: int32 */
            id: number;
            userName: string;
            displayName?: string | null;
            role: components["schemas"]["UserRole"];
            isActive: boolean;
            /** Format: date-time */
            createdAt: string;
            createdBy?: string | null;
            /** Format: date-time */
            updatedAt: string;
            updatedBy?: string | null;
            /**
             * Format: int32
             * @description Send back as If-Match to update safely (it is also the ETag).
             */
            version: number;
        };
        /** @enum {string} */
        UserRole: "author" | "editor" | "admin";
        /**
         * @description Creates or replaces a video item ("Phim tư liệu"). Its coverImage is the thumbnail.
         * @example {
         *       "title": "Phát biểu của đồng chí Lâm Tấn Hòa",
         *       "description": "Phim tư liệu.",
         *       "source": {
         *         "kind": "youtube",
         *         "value": "dQw4w9WgXcQ"
         *       },
         *       "durationSeconds": 754
         *     }
         */
        VideoRequest: {
            /** @description Optional; generated from the title when omitted. Lower-case ASCII words joined by '-'. */
            slug?: string | null;
            title: string;
            /** @description The lead paragraph ("sapo"), shown in lists and under the title. */
            summary?: string | null;
            /** @description A picture: absolute http(s) URL or a path on the API's own host ("/media/..."). */
            coverImage?: components["schemas"]["ImageRequest"] | null;
            /**
             * Format: int32
             * @description The section (see GET /api/v1/categories); null for none.
             */
            categoryId?: number | null;
            /** @description Tag names; new tags are created on first use. */
            tags?: string[] | null;
            /** @description The byline as printed, e.g. "Lê Vũ". */
            author?: string | null;
            /** @description Optional search and share overrides (title, description, picture, canonical URL). */
            seo?: components["schemas"]["SeoRequest"] | null;
            /**
             * @description The people the byline names, in order, each with a role ("Bài và ảnh: Lê Vũ"); the
             *     free-text author stays for imported stories. Omitted (null): the item's credits stay as
             *     they are; an empty list removes them.
             */
            credits?: components["schemas"]["CreditRequest"][] | null;
            description?: string | null;
            source: components["schemas"]["VideoSourceRequest"];
            /** Format: int32 */
            durationSeconds?: number | null;
        };
        VideoResponse: {
            /** Format: int64 */
            id: number;
            type: components["schemas"]["ContentType"];
            slug: string;
            title: string;
            /** @description The lead paragraph ("sapo"). */
            summary?: string | null;
            /** @description The cover; for a video, its thumbnail. */
            coverImage?: components["schemas"]["ImageResponse"] | null;
            /** @description The section an item belongs to, as lists and detail pages show it. */
            category?: components["schemas"]["CategoryRef"] | null;
            tags: components["schemas"]["TagResponse"][];
            /** @description The byline as printed, e.g. "Lê Vũ". */
            author?: string | null;
            /** @description The people the byline names, in order, each with their role; link each to /tac-gia/{slug}. */
            credits: components["schemas"]["CreditResponse"][];
            status: components["schemas"]["ContentStatus"];
            /** Format: date-time */
            publishedAt?: string | null;
            /** Format: int64 */
            viewCount: number;
            /**
             * @description The public item in full, whatever its type: GET it from the API's host (a list row, a
             *     change in GET /changes, a featured entry all lead there without a type-to-path switch).
             */
            readonly href: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Search and share overrides the editor set; null when none (use the item's own title, summary, cover and address). */
            seo?: components["schemas"]["SeoResponse"] | null;
            /**
             * @description The slugs the item had before, newest first: GET /{type}/{oldSlug} still answers it (with
             *     its current slug), and a site redirects those addresses to the current one.
             */
            oldSlugs: string[];
            /** @description Management API only (null in public responses): the user who created the item, whose draft it is. */
            createdBy?: string | null;
            /** @description Management API only: the user who saved it last. */
            updatedBy?: string | null;
            /**
             * Format: int32
             * @description The row version; send it back as If-Match (it is also the ETag) to update safely.
             */
            version: number;
            description?: string | null;
            source: components["schemas"]["VideoSourceResponse"];
            /** Format: int32 */
            durationSeconds?: number | null;
        };
        /**
         * @description Many items of one type in full, in the order asked (GET /{type}/batch?ids=): what a site
         *     builder or an app reads after the changes feed named them, a hundred per request instead
         *     of one request each.
         */
        VideoResponseBatch: {
            /** @description The public ones, in the order of the ids asked for. */
            items: components["schemas"]["VideoResponse"][];
            /** @description The ids asked for that are not public items of this type (never were, or not any more): drop your copies. */
            missing: number[];
        };
        /** @description One revision in full: its content is the request body that would write the item as it was. */
        VideoRevision: {
            revision: components["schemas"]["RevisionSummary"];
            /** @description Creates or replaces a video item ("Phim tư liệu"). Its coverImage is the thumbnail. */
            content?: components["schemas"]["VideoRequest"] | null;
        };
        /** @enum {string} */
        VideoSourceKind: "file" | "hls" | "youtube" | "vimeo";
        /**
         * @description file or hls: `value` is the URL of the file or playlist; youtube: the 11-character
         *     video id; vimeo: the numeric video id.
         */
        VideoSourceRequest: {
            kind: components["schemas"]["VideoSourceKind"];
            value: string;
        };
        VideoSourceResponse: {
            kind: components["schemas"]["VideoSourceKind"];
            /** @description URL for file and hls; the platform's id for youtube and vimeo. */
            value: string;
        };
        /**
         * @description The working copy of an item: the next version, not yet public. `Outdated` says the
         *     item itself was saved since the copy was started, so publishing it would undo that save.
         */
        VideoWorkingCopy: {
            /** Format: int64 */
            contentId: number;
            /** @description Creates or replaces a video item ("Phim tư liệu"). Its coverImage is the thumbnail. */
            content?: components["schemas"]["VideoRequest"] | null;
            outdated: boolean;
            /** Format: date-time */
            createdAt: string;
            createdBy?: string | null;
            /** Format: date-time */
            updatedAt: string;
            updatedBy?: string | null;
        };
        /**
         * @description today: since local midnight; week: since Monday 00:00 local time; all: all time.
         * @enum {string}
         */
        ViewPeriod: "today" | "week" | "all";
        WebhookAttemptResponse: {
            /** Format: date-time */
            attemptedAt: string;
            /** Format: int32 */
            statusCode?: number | null;
            error?: string | null;
            /** Format: int32 */
            durationMs: number;
        };
        /** @description One delivery in full: what was sent and every attempt. */
        WebhookDeliveryDetail: {
            delivery: components["schemas"]["WebhookDeliveryResponse"];
            payload: Record<string, never>;
            log: components["schemas"]["WebhookAttemptResponse"][];
        };
        /** @description One row of the delivery log. */
        WebhookDeliveryResponse: {
            /** Format: int64 */
            id: number;
            /**
             * Format: uuid
             * @description The event's id, sent as Idempotency-Key.
             */
            eventId: string;
            /** @enum {string} */
            event: "content.published" | "content.updated" | "content.unpublished" | "content.deleted";
            /** Format: int64 */
            contentId: number;
            state: components["schemas"]["WebhookDeliveryState"];
            /** Format: int32 */
            attempts: number;
            /**
             * Format: date-time
             * @description When it is tried next (pending only).
             */
            nextAttemptAt?: string | null;
            /** Format: int32 */
            lastStatusCode?: number | null;
            lastError?: string | null;
            /** Format: date-time */
            deliveredAt?: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /**
         * @description One page of a list. Numbered pages carry what a pager needs to draw "1 2 3 4 5 ...";
         *     a page read with a cursor (?after=) carries no page number or totals (counting is what
         *     makes deep pages slow) but, like numbered pages, the cursor to the next one.
         */
        WebhookDeliveryResponsePage: {
            items: components["schemas"]["WebhookDeliveryResponse"][];
            /** Format: int32 */
            page?: number | null;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            totalItems?: number | null;
            /** Format: int32 */
            totalPages?: number | null;
            /** @description Send as ?after= for the items after this page; null on the last page. */
            nextCursor?: string | null;
        };
        /** @enum {string} */
        WebhookDeliveryState: "pending" | "delivered" | "failed";
        /** @description An admin subscribes a receiver to content events, or changes a subscription. */
        WebhookRequest: {
            /** @description Where deliveries are POSTed: an absolute http(s) URL. */
            url: string;
            /** @description One or more of content.published, content.updated, content.unpublished, content.deleted. */
            events: ("content.published" | "content.updated" | "content.unpublished" | "content.deleted")[];
            /**
             * @description The HMAC key (16–200 characters). Creating without one generates one; it is returned
             *     once, in the 201 answer. Replacing without one keeps the current secret.
             */
            secret?: string | null;
            description?: string | null;
            /** @description False pauses new deliveries (default true). */
            isActive?: boolean | null;
        };
        /**
         * @description A subscription as admins see it, with how many deliveries wait and how many failed for good;
         *     `Version` is what the ETag holds (If-Match from a list).
         */
        WebhookResponse: {
            /** Format: int32 */
            id: number;
            url: string;
            events: ("content.published" | "content.updated" | "content.unpublished" | "content.deleted")[];
            description?: string | null;
            isActive: boolean;
            /** Format: int32 */
            pending: number;
            /** Format: int32 */
            failed: number;
            /** Format: date-time */
            createdAt?: string | null;
            createdBy?: string | null;
            /** Format: date-time */
            updatedAt?: string | null;
            updatedBy?: string | null;
            /** Format: int32 */
            version: number;
            /** @description Only in the answer to creating it (or setting a new one): the secret is never shown again. */
            secret?: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListArticles: {
        parameters: {
            query?: {
                /**
                 * @description A nextCursor from an earlier page, for the items after it (infinite scroll, apps).
                 *     Costs the same however deep; pages read this way carry no totals.
                 */
                after?: string;
                /**
                 * @description Only these item fields, comma-separated JSON names (e.g. "id,slug,title,coverImage"),
                 *     for small payloads on slow networks. Each row then holds only those fields: read it as
                 *     a partial ContentSummary (the schema's required list describes rows without fields=).
                 */
                fields?: string;
                /** @description A category slug; items in its sub-sections are included. */
                category?: string;
                /** @description A tag: its slug ("soc-trang") or its name as written ("Sóc Trăng"). */
                tag?: string;
                /**
                 * @description Search words: items containing all of them (title, summary, text; accents and case
                 *     ignored: "soc trang" finds "Sóc Trăng"), best matches first, each with a snippet.
                 */
                q?: string;
                /** @description 1-based page number (default 1). */
                page?: number;
                /** @description Items per page (default 20; larger values are capped at 100). */
                pageSize?: number;
            };
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentSummaryPage"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetArticlesById: {
        parameters: {
            query: {
                ids: number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleResponseBatch"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path: {
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleResponse"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetArticlesRelatedById: {
        parameters: {
            query: {
                ids: number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedBatch"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetArticleRelated: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path: {
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedItemsResponse"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    IssueToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RefreshToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetAuthor: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicAuthor"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListAuthorItems: {
        parameters: {
            query?: {
                /** @description 1-based page number (default 1). */
                page?: number;
                /** @description Items per page (default 20; larger values are capped at 100). */
                pageSize?: number;
                /** @description The nextCursor of the page before: the items after it (no page number or totals), as the site builder streams a list. */
                after?: string;
            };
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentSummaryPage"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListCategories: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryNode"][];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListContent: {
        parameters: {
            query?: {
                /**
                 * @description A nextCursor from an earlier page, for the items after it (infinite scroll, apps).
                 *     Costs the same however deep; pages read this way carry no totals.
                 */
                after?: string;
                /**
                 * @description Only these item fields, comma-separated JSON names (e.g. "id,slug,title,coverImage"),
                 *     for small payloads on slow networks. Each row then holds only those fields: read it as
                 *     a partial ContentSummary (the schema's required list describes rows without fields=).
                 */
                fields?: string;
                /** @description A category slug; items in its sub-sections are included. */
                category?: string;
                /** @description A tag: its slug ("soc-trang") or its name as written ("Sóc Trăng"). */
                tag?: string;
                /**
                 * @description Search words: items containing all of them (title, summary, text; accents and case
                 *     ignored: "soc trang" finds "Sóc Trăng"), best matches first, each with a snippet.
                 */
                q?: string;
                /** @description 1-based page number (default 1). */
                page?: number;
                /** @description Items per page (default 20; larger values are capped at 100). */
                pageSize?: number;
                type?: components["schemas"]["ContentType"];
            };
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentSummaryPage"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Search: {
        parameters: {
            query?: {
                /**
                 * @description A nextCursor from an earlier page, for the items after it (infinite scroll, apps).
                 *     Costs the same however deep; pages read this way carry no totals.
                 */
                after?: string;
                /**
                 * @description Only these item fields, comma-separated JSON names (e.g. "id,slug,title,coverImage"),
                 *     for small payloads on slow networks. Each row then holds only those fields: read it as
                 *     a partial ContentSummary (the schema's required list describes rows without fields=).
                 */
                fields?: string;
                /** @description A category slug; items in its sub-sections are included. */
                category?: string;
                /** @description A tag: its slug ("soc-trang") or its name as written ("Sóc Trăng"). */
                tag?: string;
                /**
                 * @description Search words: items containing all of them (title, summary, text; accents and case
                 *     ignored: "soc trang" finds "Sóc Trăng"), best matches first, each with a snippet.
                 */
                q?: string;
                /** @description 1-based page number (default 1). */
                page?: number;
                /** @description Items per page (default 20; larger values are capped at 100). */
                pageSize?: number;
                type?: components["schemas"]["ContentType"];
            };
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentSummaryPage"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListChanges: {
        parameters: {
            query?: {
                /** @description The next token of your last sync; leave it out to start from everything public now. */
                since?: string;
                /** @description At most this many changed items per answer; while hasMore, ask again at once. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangesResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    RecordHit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HitRequest"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteStatistics"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetSiteStatistics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteStatistics"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListMostViewed: {
        parameters: {
            query?: {
                type?: components["schemas"]["ContentType"];
                period?: components["schemas"]["ViewPeriod"];
                limit?: number;
            };
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MostViewedList"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListFeatured: {
        parameters: {
            query?: {
                /** @description A section's slug; leave out (or empty) for the home page. */
                category?: string;
            };
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeaturedItems"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Rss: {
        parameters: {
            query?: {
                category?: string;
                tag?: string;
            };
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/rss+xml": string;
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SitemapIndex: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SectionsSitemap: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ItemsSitemap: {
        parameters: {
            query?: {
                page?: number;
            };
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    NewsSitemap: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListInterviews: {
        parameters: {
            query?: {
                /**
                 * @description A nextCursor from an earlier page, for the items after it (infinite scroll, apps).
                 *     Costs the same however deep; pages read this way carry no totals.
                 */
                after?: string;
                /**
                 * @description Only these item fields, comma-separated JSON names (e.g. "id,slug,title,coverImage"),
                 *     for small payloads on slow networks. Each row then holds only those fields: read it as
                 *     a partial ContentSummary (the schema's required list describes rows without fields=).
                 */
                fields?: string;
                /** @description A category slug; items in its sub-sections are included. */
                category?: string;
                /** @description A tag: its slug ("soc-trang") or its name as written ("Sóc Trăng"). */
                tag?: string;
                /**
                 * @description Search words: items containing all of them (title, summary, text; accents and case
                 *     ignored: "soc trang" finds "Sóc Trăng"), best matches first, each with a snippet.
                 */
                q?: string;
                /** @description 1-based page number (default 1). */
                page?: number;
                /** @description Items per page (default 20; larger values are capped at 100). */
                pageSize?: number;
            };
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentSummaryPage"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetInterviewsById: {
        parameters: {
            query: {
                ids: number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewResponseBatch"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetInterview: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path: {
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewResponse"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetInterviewsRelatedById: {
        parameters: {
            query: {
                ids: number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedBatch"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetInterviewRelated: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path: {
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedItemsResponse"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetLiveSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveStatusResponse"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WatchLiveSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["LiveStatusResponse"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AskLiveQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuestionRequest"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionAcceptedResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ManageArticles: {
        parameters: {
            query?: {
                /** @description Only items in this status (drafts, items in review, …); all of them when left out. */
                status?: components["schemas"]["ContentStatus"];
                /** @description A category slug; items in its sub-sections are included. */
                category?: string;
                /** @description A tag: its slug ("soc-trang") or its name as written ("Sóc Trăng"). */
                tag?: string;
                /**
                 * @description Search words: items containing all of them (title, summary, text; accents and case
                 *     ignored: "soc trang" finds "Sóc Trăng"), best matches first, each with a snippet.
                 */
                q?: string;
                /** @description 1-based page number (default 1). */
                page?: number;
                /** @description Items per page (default 20; larger values are capped at 100). */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedContentSummaryPage"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateArticle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    /** @description Where the new resource is (root-relative). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ManageGetArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateArticle: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteArticle: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SubmitArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PublishArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnpublishArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ArchiveArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReturnArticle: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ScheduleArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListArticleRevisions: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionSummaryPage"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetArticleRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                revisionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleRevision"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RestoreArticleRevision: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
                revisionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetArticleWorkingCopy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleWorkingCopy"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SaveArticleWorkingCopy: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleWorkingCopy"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DiscardArticleWorkingCopy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PublishArticleWorkingCopy: {
        parameters: {
            query?: {
                overwrite?: boolean;
            };
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetArticleLock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditLockResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RenewArticleLock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditLockRenewal"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditLockResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    TakeArticleLock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditLockRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditLockResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReleaseArticleLock: {
        parameters: {
            query?: {
                /** @description The editor tab's session id, as it took the lock. */
                sessionId?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WatchArticleLock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["EditLockResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListArticlePreviewLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewLinkResponse"][];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateArticlePreviewLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewLinkRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Where the new resource is (root-relative). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewLinkResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RevokeArticlePreviewLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                linkId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListArticleNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotesResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AddArticleNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Where the new resource is (root-relative). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteArticleNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                noteId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetArticleRoyalties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemRoyalties"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetArticleRoyalties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoyaltiesRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemRoyalties"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetArticleRelatedPins: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedPinsResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReplaceArticleRelatedPins: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RelatedPinsRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedPinsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ManageListAuthors: {
        parameters: {
            query?: {
                /** @description Part of the name; tone marks, đ and case are ignored. */
                q?: string;
                /** @description 1-based page number (default 1). */
                page?: number;
                /** @description Authors per page (default 20; larger values are capped at 100). */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorResponsePage"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateAuthor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthorRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    /** @description Where the new resource is (root-relative). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ManageGetAuthor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateAuthor: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthorRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteAuthor: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ManageListCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryResponse"][];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateCategory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategoryRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    /** @description Where the new resource is (root-relative). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ManageGetCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateCategory: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategoryRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteCategory: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ImportCounters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CounterImportRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterImportResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ManageGetFeatured: {
        parameters: {
            query?: {
                /** @description A section's slug; leave out (or empty) for the home page. */
                category?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeaturedListResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReplaceFeatured: {
        parameters: {
            query?: {
                /** @description A section's slug; leave out (or empty) for the home page. */
                category?: string;
            };
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeaturedRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeaturedListResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ManageInterviews: {
        parameters: {
            query?: {
                /** @description Only items in this status (drafts, items in review, …); all of them when left out. */
                status?: components["schemas"]["ContentStatus"];
                /** @description A category slug; items in its sub-sections are included. */
                category?: string;
                /** @description A tag: its slug ("soc-trang") or its name as written ("Sóc Trăng"). */
                tag?: string;
                /**
                 * @description Search words: items containing all of them (title, summary, text; accents and case
                 *     ignored: "soc trang" finds "Sóc Trăng"), best matches first, each with a snippet.
                 */
                q?: string;
                /** @description 1-based page number (default 1). */
                page?: number;
                /** @description Items per page (default 20; larger values are capped at 100). */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedContentSummaryPage"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateInterview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterviewRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    /** @description Where the new resource is (root-relative). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ManageGetInterview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateInterview: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterviewRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteInterview: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SubmitInterview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PublishInterview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnpublishInterview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ArchiveInterview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReturnInterview: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ScheduleInterview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListInterviewRevisions: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionSummaryPage"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetInterviewRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                revisionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewRevision"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RestoreInterviewRevision: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
                revisionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetInterviewWorkingCopy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewWorkingCopy"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SaveInterviewWorkingCopy: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterviewRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewWorkingCopy"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DiscardInterviewWorkingCopy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PublishInterviewWorkingCopy: {
        parameters: {
            query?: {
                overwrite?: boolean;
            };
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetInterviewLock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditLockResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RenewInterviewLock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditLockRenewal"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditLockResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    TakeInterviewLock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditLockRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditLockResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReleaseInterviewLock: {
        parameters: {
            query?: {
                /** @description The editor tab's session id, as it took the lock. */
                sessionId?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WatchInterviewLock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["EditLockResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListInterviewPreviewLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewLinkResponse"][];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateInterviewPreviewLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewLinkRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Where the new resource is (root-relative). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewLinkResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RevokeInterviewPreviewLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                linkId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListInterviewNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotesResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AddInterviewNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Where the new resource is (root-relative). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteInterviewNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                noteId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetInterviewRoyalties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemRoyalties"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetInterviewRoyalties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoyaltiesRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemRoyalties"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetInterviewRelatedPins: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedPinsResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReplaceInterviewRelatedPins: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RelatedPinsRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedPinsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ImportInterviewTranscript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranscriptImportRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    /** @description Where the new resource is (root-relative). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ManageGetLiveSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveStatusResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetLiveSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LiveSessionRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveStatusResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListLiveQuestions: {
        parameters: {
            query?: {
                state?: components["schemas"]["LiveQuestionState"];
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedQuestionResponse"][];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ModerateLiveQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                questionId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuestionUpdateRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedQuestionResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AnswerLiveQuestion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
                questionId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListMedia: {
        parameters: {
            query?: {
                /** @description Part of a file name, caption or alt text, case ignored. */
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaResponsePage"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UploadMedia: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                    caption?: string;
                    alt?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    /** @description Where the new resource is (root-relative). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DescribeMedia: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediaDescriptionRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteMedia: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetMediaFocalPoint: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediaFocalPointRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ManagePhotoStories: {
        parameters: {
            query?: {
                /** @description Only items in this status (drafts, items in review, …); all of them when left out. */
                status?: components["schemas"]["ContentStatus"];
                /** @description A category slug; items in its sub-sections are included. */
                category?: string;
                /** @description A tag: its slug ("soc-trang") or its name as written ("Sóc Trăng"). */
                tag?: string;
                /**
                 * @description Search words: items containing all of them (title, summary, text; accents and case
                 *     ignored: "soc trang" finds "Sóc Trăng"), best matches first, each with a snippet.
                 */
                q?: string;
                /** @description 1-based page number (default 1). */
                page?: number;
                /** @description Items per page (default 20; larger values are capped at 100). */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedContentSummaryPage"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreatePhotoStory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhotoStoryRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    /** @description Where the new resource is (root-relative). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoStoryResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ManageGetPhotoStory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoStoryResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdatePhotoStory: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhotoStoryRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoStoryResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeletePhotoStory: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SubmitPhotoStory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoStoryResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PublishPhotoStory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoStoryResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnpublishPhotoStory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoStoryResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ArchivePhotoStory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoStoryResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReturnPhotoStory: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoStoryResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SchedulePhotoStory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoStoryResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListPhotoStoryRevisions: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionSummaryPage"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetPhotoStoryRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                revisionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoStoryRevision"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RestorePhotoStoryRevision: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
                revisionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoStoryResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetPhotoStoryWorkingCopy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoStoryWorkingCopy"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SavePhotoStoryWorkingCopy: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhotoStoryRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoStoryWorkingCopy"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DiscardPhotoStoryWorkingCopy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PublishPhotoStoryWorkingCopy: {
        parameters: {
            query?: {
                overwrite?: boolean;
            };
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoStoryResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetPhotoStoryLock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditLockResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RenewPhotoStoryLock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditLockRenewal"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditLockResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    TakePhotoStoryLock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditLockRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditLockResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReleasePhotoStoryLock: {
        parameters: {
            query?: {
                /** @description The editor tab's session id, as it took the lock. */
                sessionId?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WatchPhotoStoryLock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["EditLockResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListPhotoStoryPreviewLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewLinkResponse"][];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreatePhotoStoryPreviewLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewLinkRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Where the new resource is (root-relative). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewLinkResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RevokePhotoStoryPreviewLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                linkId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListPhotoStoryNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotesResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AddPhotoStoryNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Where the new resource is (root-relative). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeletePhotoStoryNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                noteId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetPhotoStoryRoyalties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemRoyalties"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetPhotoStoryRoyalties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoyaltiesRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemRoyalties"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetPhotoStoryRelatedPins: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedPinsResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReplacePhotoStoryRelatedPins: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RelatedPinsRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedPinsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ManageListTags: {
        parameters: {
            query?: {
                /** @description What the editor has typed of the tag; tone marks, đ and case are ignored. Empty: the most used tags. */
                q?: string;
                /** @description At most this many (1–50, default 10). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagSuggestion"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RenameTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagRenameRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagSuggestion"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MergeTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagMergeRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagSuggestion"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"][];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    /** @description Where the new resource is (root-relative). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateUser: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetUserPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPasswordRequest"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ManageVideos: {
        parameters: {
            query?: {
                /** @description Only items in this status (drafts, items in review, …); all of them when left out. */
                status?: components["schemas"]["ContentStatus"];
                /** @description A category slug; items in its sub-sections are included. */
                category?: string;
                /** @description A tag: its slug ("soc-trang") or its name as written ("Sóc Trăng"). */
                tag?: string;
                /**
                 * @description Search words: items containing all of them (title, summary, text; accents and case
                 *     ignored: "soc trang" finds "Sóc Trăng"), best matches first, each with a snippet.
                 */
                q?: string;
                /** @description 1-based page number (default 1). */
                page?: number;
                /** @description Items per page (default 20; larger values are capped at 100). */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedContentSummaryPage"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateVideo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VideoRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    /** @description Where the new resource is (root-relative). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ManageGetVideo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateVideo: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VideoRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteVideo: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SubmitVideo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PublishVideo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnpublishVideo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ArchiveVideo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReturnVideo: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ScheduleVideo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListVideoRevisions: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionSummaryPage"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetVideoRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                revisionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoRevision"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RestoreVideoRevision: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
                revisionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetVideoWorkingCopy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoWorkingCopy"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SaveVideoWorkingCopy: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VideoRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoWorkingCopy"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DiscardVideoWorkingCopy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PublishVideoWorkingCopy: {
        parameters: {
            query?: {
                overwrite?: boolean;
            };
            header?: {
                /** @description Optional. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetVideoLock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditLockResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RenewVideoLock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditLockRenewal"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditLockResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    TakeVideoLock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditLockRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditLockResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReleaseVideoLock: {
        parameters: {
            query?: {
                /** @description The editor tab's session id, as it took the lock. */
                sessionId?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WatchVideoLock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["EditLockResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListVideoPreviewLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewLinkResponse"][];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateVideoPreviewLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewLinkRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Where the new resource is (root-relative). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewLinkResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RevokeVideoPreviewLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                linkId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListVideoNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotesResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AddVideoNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Where the new resource is (root-relative). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteVideoNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                noteId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetVideoRoyalties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemRoyalties"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetVideoRoyalties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoyaltiesRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemRoyalties"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetVideoRelatedPins: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedPinsResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReplaceVideoRelatedPins: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RelatedPinsRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedPinsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"][];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    /** @description Where the new resource is (root-relative). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing. */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description pending, delivered or failed. */
                state?: components["schemas"]["WebhookDeliveryState"];
                /** @description 1-based page number (default 1). */
                page?: number;
                /** @description Deliveries per page (default 20; larger values are capped at 100). */
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryResponsePage"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                deliveryId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDetail"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RetryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                deliveryId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDetail"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetMediaFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
                month: string;
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/gif": string;
                    "image/webp": string;
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetMyAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of this answer's resource: send it as If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ChangeMyPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeOwnPasswordRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListPhotoStories: {
        parameters: {
            query?: {
                /**
                 * @description A nextCursor from an earlier page, for the items after it (infinite scroll, apps).
                 *     Costs the same however deep; pages read this way carry no totals.
                 */
                after?: string;
                /**
                 * @description Only these item fields, comma-separated JSON names (e.g. "id,slug,title,coverImage"),
                 *     for small payloads on slow networks. Each row then holds only those fields: read it as
                 *     a partial ContentSummary (the schema's required list describes rows without fields=).
                 */
                fields?: string;
                /** @description A category slug; items in its sub-sections are included. */
                category?: string;
                /** @description A tag: its slug ("soc-trang") or its name as written ("Sóc Trăng"). */
                tag?: string;
                /**
                 * @description Search words: items containing all of them (title, summary, text; accents and case
                 *     ignored: "soc trang" finds "Sóc Trăng"), best matches first, each with a snippet.
                 */
                q?: string;
                /** @description 1-based page number (default 1). */
                page?: number;
                /** @description Items per page (default 20; larger values are capped at 100). */
                pageSize?: number;
            };
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentSummaryPage"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetPhotoStoriesById: {
        parameters: {
            query: {
                ids: number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoStoryResponseBatch"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetPhotoStory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path: {
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoStoryResponse"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetPhotoStoriesRelatedById: {
        parameters: {
            query: {
                ids: number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedBatch"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetPhotoStoryRelated: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path: {
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedItemsResponse"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewResponse"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Gone */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RoyaltyReport: {
        parameters: {
            query?: {
                /** @description First day, YYYY-MM-DD. */
                from?: string;
                /** @description Last day, YYYY-MM-DD; at most 366 days after from. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoyaltyReport"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RoyaltyReportCsv: {
        parameters: {
            query?: {
                /** @description First day, YYYY-MM-DD. */
                from?: string;
                /** @description Last day, YYYY-MM-DD; at most 366 days after from. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token's user may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListPopularTags: {
        parameters: {
            query?: {
                /** @description How many of the newest published items to look at (10–1,000, default 200): a busy portal's last days, a quiet one's last weeks. */
                within?: number;
                /** @description At most this many tags (1–50, default 10). */
                limit?: number;
            };
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PopularTags"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagResponse"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListVideos: {
        parameters: {
            query?: {
                /**
                 * @description A nextCursor from an earlier page, for the items after it (infinite scroll, apps).
                 *     Costs the same however deep; pages read this way carry no totals.
                 */
                after?: string;
                /**
                 * @description Only these item fields, comma-separated JSON names (e.g. "id,slug,title,coverImage"),
                 *     for small payloads on slow networks. Each row then holds only those fields: read it as
                 *     a partial ContentSummary (the schema's required list describes rows without fields=).
                 */
                fields?: string;
                /** @description A category slug; items in its sub-sections are included. */
                category?: string;
                /** @description A tag: its slug ("soc-trang") or its name as written ("Sóc Trăng"). */
                tag?: string;
                /**
                 * @description Search words: items containing all of them (title, summary, text; accents and case
                 *     ignored: "soc trang" finds "Sóc Trăng"), best matches first, each with a snippet.
                 */
                q?: string;
                /** @description 1-based page number (default 1). */
                page?: number;
                /** @description Items per page (default 20; larger values are capped at 100). */
                pageSize?: number;
            };
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentSummaryPage"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetVideosById: {
        parameters: {
            query: {
                ids: number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoResponseBatch"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetVideo: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path: {
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoResponse"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetVideosRelatedById: {
        parameters: {
            query: {
                ids: number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedBatch"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetVideoRelated: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy you hold: 304 with no body while it is still current. */
                "If-None-Match"?: string;
            };
            path: {
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator of this answer; send it as If-None-Match to revalidate. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedItemsResponse"];
                };
            };
            /** @description Not Modified: the copy named by If-None-Match is current. */
            304: {
                headers: {
                    /** @description The current validator (unchanged). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
