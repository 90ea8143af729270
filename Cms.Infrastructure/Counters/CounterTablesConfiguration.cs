using Cms.Domain.Content;
using Microsoft.EntityFrameworkCore;

namespace Cms.Infrastructure.Counters;

/// <summary>
/// The counter store's tables. They live apart from content_items so that counting a view
/// never changes a content row (its xmin is the editors' concurrency token) and readers'
/// caches are not invalidated by every hit.
/// </summary>
internal static class CounterTablesConfiguration
{
    public static void ConfigureCounters(this ModelBuilder model)
    {
        model.Entity<ContentViewTotal>(e =>
        {
            e.ToTable("content_view_totals");
            e.HasKey(x => x.ContentId);
            e.HasOne<ContentItem>().WithOne().HasForeignKey<ContentViewTotal>(x => x.ContentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.Views); // "most viewed of all time"
        });
        model.Entity<ContentDailyViews>(e =>
        {
            e.ToTable("content_daily_views");
            e.HasKey(x => new { x.ContentId, x.Day });
            e.HasOne<ContentItem>().WithMany().HasForeignKey(x => x.ContentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.Day);
        });
        model.Entity<SiteDailyVisits>(e =>
        {
            e.ToTable("site_daily_visits");
            e.HasKey(x => x.Day);
        });
        model.Entity<VisitorPresence>(e =>
        {
            e.ToTable("visitor_presence");
            e.HasKey(x => x.VisitorId);
            e.Property(x => x.VisitorId).HasMaxLength(64);
            e.HasIndex(x => x.LastSeenAt); // "online now"
        });
        model.Entity<ViewMark>(e =>
        {
            e.ToTable("view_marks");
            e.HasKey(x => new { x.VisitorId, x.ContentId });
            e.Property(x => x.VisitorId).HasMaxLength(64);
            e.HasIndex(x => x.CountedAt); // clean-up of expired marks
        });
        model.Entity<AppliedCounterBatch>(e =>
        {
            e.ToTable("applied_counter_batches");
            e.HasKey(x => x.BatchId);
            e.HasIndex(x => x.AppliedAt);
        });
        model.Entity<CounterImport>(e =>
        {
            e.ToTable("counter_imports");
            e.Property(x => x.ImportedBy).HasMaxLength(100);
            e.Property(x => x.Items).HasColumnType("jsonb");
            e.Property(x => x.Note).HasMaxLength(1000);
        });
    }
}
