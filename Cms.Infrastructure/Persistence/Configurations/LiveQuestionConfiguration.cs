using Cms.Domain.Interviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cms.Infrastructure.Persistence.Configurations;

internal sealed class LiveQuestionConfiguration : IEntityTypeConfiguration<LiveQuestion>
{
    public void Configure(EntityTypeBuilder<LiveQuestion> builder)
    {
        builder.ToTable("live_questions");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Name).HasMaxLength(100).IsRequired();
        builder.Property(x => x.Place).HasMaxLength(100);
        builder.Property(x => x.Text).HasMaxLength(2000).IsRequired();
        builder.Property(x => x.EditedText).HasMaxLength(2000);
        builder.Property(x => x.State).HasConversion<string>().HasMaxLength(20); // by name, as every enum here
        builder.Property(x => x.ClientAddress).HasMaxLength(64);
        builder.Property(x => x.UserAgent).HasMaxLength(LiveQuestion.MaxUserAgent);
        builder.Property(x => x.ModeratedBy).HasMaxLength(100);
        builder.Ignore(x => x.ShownText);
        builder.Ignore(x => x.Asker);
        // The moderation queue: one session's questions by state, oldest first.
        builder.HasIndex(x => new { x.ContentId, x.State, x.SubmittedAt });
        // Questions go with their session (retention) and with their interview.
        builder.HasOne<LiveSession>().WithMany().HasForeignKey(x => x.ContentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LiveQuestion>().WithMany().HasForeignKey(x => x.MergedIntoId).OnDelete(DeleteBehavior.SetNull);
    }
}
