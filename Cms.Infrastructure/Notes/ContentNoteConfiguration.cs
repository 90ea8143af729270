using Cms.Domain.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cms.Infrastructure.Notes;

internal sealed class ContentNoteConfiguration : IEntityTypeConfiguration<ContentNote>
{
    public void Configure(EntityTypeBuilder<ContentNote> builder)
    {
        builder.ToTable("content_notes");
        builder.Property(x => x.Id).UseIdentityAlwaysColumn();
        builder.Property(x => x.Text).HasMaxLength(ContentNote.MaxLength).IsRequired();
        builder.Property(x => x.CreatedBy).HasMaxLength(100);
        // Notes go with their item, and replies with the note they answer.
        builder.HasOne<ContentItem>().WithMany().HasForeignKey(x => x.ContentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ContentNote>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => new { x.ContentId, x.Id });
        builder.HasIndex(x => x.ParentId);
    }
}
