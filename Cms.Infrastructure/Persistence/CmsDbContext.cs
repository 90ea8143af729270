using Cms.Domain.Articles;
using Cms.Domain.Authors;
using Cms.Domain.Content;
using Cms.Domain.Curation;
using Cms.Domain.Interviews;
using Cms.Domain.Media;
using Cms.Domain.PhotoStories;
using Cms.Domain.Previews;
using Cms.Domain.Taxonomy;
using Cms.Domain.Users;
using Cms.Domain.Videos;
using Cms.Domain.Webhooks;
using Cms.Infrastructure.Counters;
using Cms.Infrastructure.Revisions;
using Cms.Infrastructure.Search;
using Cms.Infrastructure.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Cms.Infrastructure.Persistence;

/// <summary>
/// The one DbContext. All content types share the table content_items (one id space,
/// one query for the mixed home-page list); type-specific structure lives in jsonb columns.
/// </summary>
public sealed class CmsDbContext(DbContextOptions<CmsDbContext> options) : DbContext(options)
{
    public DbSet<ContentItem> ContentItems => Set<ContentItem>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Interview> Interviews => Set<Interview>();

    public DbSet<Video> Videos => Set<Video>();

    public DbSet<PhotoStory> PhotoStories => Set<PhotoStory>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Tag> Tags => Set<Tag>();

    public DbSet<TagAlias> TagAliases => Set<TagAlias>();

    public DbSet<OldSlug> OldSlugs => Set<OldSlug>();

    public DbSet<FeaturedList> FeaturedLists => Set<FeaturedList>();

    public DbSet<User> Users => Set<User>();

    public DbSet<ContentViewTotal> ContentViewTotals => Set<ContentViewTotal>();

    public DbSet<CounterImport> CounterImports => Set<CounterImport>();

    public DbSet<MediaAsset> MediaAssets => Set<MediaAsset>();

    public DbSet<ContentRevision> ContentRevisions => Set<ContentRevision>();

    public DbSet<ContentWorkingCopy> ContentWorkingCopies => Set<ContentWorkingCopy>();

    public DbSet<PreviewLink> PreviewLinks => Set<PreviewLink>();
    public DbSet<ContentNote> ContentNotes => Set<ContentNote>();

    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<WebhookEvent> WebhookEvents => Set<WebhookEvent>();

    public DbSet<Author> Authors => Set<Author>();

    public DbSet<ContentCredit> ContentCredits => Set<ContentCredit>();

    public DbSet<Royalty> Royalties => Set<Royalty>();

    public DbSet<RelatedPin> RelatedPins => Set<RelatedPin>();

    public DbSet<LiveSession> LiveSessions => Set<LiveSession>();

    public DbSet<LiveQuestion> LiveQuestions => Set<LiveQuestion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CmsDbContext).Assembly);
        modelBuilder.HasDbFunction(typeof(ContentSearch).GetMethod(nameof(ContentSearch.Fold))!).HasName("cms_fold").HasSchema(null);
        modelBuilder.ConfigureCounters();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in psql, and safe when members are reordered.
        configurationBuilder.Properties<ContentType>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ContentStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ContentNoteKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<UserRole>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<VideoSourceKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<CreditRole>().HaveConversion<string>().HaveMaxLength(20);
    }
}
