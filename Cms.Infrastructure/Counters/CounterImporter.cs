using System.Text.Json;
using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cms.Infrastructure.Counters;

/// <summary>
/// Carries figures over from a previous system: an item's views and the site's all-time
/// visits. The imported figure is a baseline kept apart from what was counted here, so a
/// repeated import replaces it instead of adding twice, and counted views are never lost.
/// Every import is recorded (who, when, what) in counter_imports.
/// </summary>
public sealed class CounterImporter(CmsDbContext db, TimeProvider clock)
{
    public sealed record ItemFigure(long ContentId, long Views);

    /// <summary>Returns the ids among <paramref name="items"/> that do not exist; nothing is written if there are any.</summary>
    public async Task<IReadOnlyList<long>> ImportAsync(string importedBy, long? siteVisits, IReadOnlyList<ItemFigure> items, string? note, CancellationToken ct)
    {
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({CounterStore.FlushLock})", ct);
            var ids = items.Select(i => i.ContentId).Distinct().ToArray();
            var known = await db.ContentItems.Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
            var unknown = ids.Except(known).ToList();
            if (unknown.Count > 0)
            {
                return unknown;
            }

            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using (var command = new NpgsqlCommand("""
                INSERT INTO content_view_totals (content_id, views, imported)
                SELECT content_id, imported, imported FROM unnest(@ids, @views) AS t(content_id, imported)
                ON CONFLICT (content_id) DO UPDATE
                  SET views = content_view_totals.views - content_view_totals.imported + EXCLUDED.imported,
                      imported = EXCLUDED.imported
                """, connection))
            {
                var figures = items.GroupBy(i => i.ContentId).Select(g => g.Last()).ToList();
                command.Parameters.AddWithValue("ids", figures.Select(f => f.ContentId).ToArray());
                command.Parameters.AddWithValue("views", figures.Select(f => f.Views).ToArray());
                await command.ExecuteNonQueryAsync(ct);
            }

            db.CounterImports.Add(new CounterImport
            {
                ImportedAt = clock.GetUtcNow(),
                ImportedBy = importedBy,
                SiteVisits = siteVisits,
                Items = JsonSerializer.Serialize(items, JsonSerializerOptions.Web),
                Note = note,
            });
            await db.SaveChangesAsync(ct);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(ct);
            }

            return [];
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }
}
