using Cms.Domain.Authors;
using Cms.Domain.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cms.Infrastructure.Persistence.Configurations;

internal sealed class ContentCreditConfiguration : IEntityTypeConfiguration<ContentCredit>
{
    public void Configure(EntityTypeBuilder<ContentCredit> builder)
    {
        builder.ToTable("content_item_authors");
        builder.HasKey(x => new { x.ContentId, x.AuthorId, x.Role });
        builder.HasOne<ContentItem>().WithMany(x => x.Credits).HasForeignKey(x => x.ContentId).OnDelete(DeleteBehavior.Cascade);
        // A person credited on items cannot be deleted out from under their bylines.
        builder.HasOne(x => x.Author).WithMany().HasForeignKey(x => x.AuthorId).OnDelete(DeleteBehavior.Restrict);
        // An author's page lists their items.
        builder.HasIndex(x => x.AuthorId);
    }
}
