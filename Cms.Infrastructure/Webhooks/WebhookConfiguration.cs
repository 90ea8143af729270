using Cms.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cms.Infrastructure.Webhooks;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("webhook_subscriptions");
        builder.Property(x => x.Url).HasMaxLength(WebhookSubscription.MaxUrlLength).IsRequired();
        builder.Property(x => x.Events).IsRequired();
        builder.Property(x => x.Secret).HasMaxLength(WebhookSubscription.MaxSecretLength).IsRequired();
        builder.Property(x => x.Description).HasMaxLength(500);
        builder.Property(x => x.CreatedBy).HasMaxLength(100);
        builder.Property(x => x.UpdatedBy).HasMaxLength(100);
        builder.Property(x => x.Version).IsRowVersion();
    }
}

internal sealed class WebhookEventConfiguration : IEntityTypeConfiguration<WebhookEvent>
{
    public void Configure(EntityTypeBuilder<WebhookEvent> builder)
    {
        builder.ToTable("webhook_events");
        builder.Property(x => x.Id).UseIdentityAlwaysColumn();
        builder.Property(x => x.EventId).HasDefaultValueSql("gen_random_uuid()");
        builder.Property(x => x.Type).HasMaxLength(40).IsRequired();
        builder.Property(x => x.Item).HasColumnType("jsonb").IsRequired();
        builder.HasIndex(x => x.EventId).IsUnique();
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.Property(x => x.Id).UseIdentityAlwaysColumn();
        builder.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.LastError).HasMaxLength(1000);
        builder.HasOne(x => x.Event).WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(x => x.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.AttemptLog).WithOne().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        // The dispatcher's two questions: what is due, and is an earlier delivery for this item still open.
        builder.HasIndex(x => x.NextAttemptAt).HasFilter("state = 'Pending'").HasDatabaseName("ix_webhook_deliveries_due");
        builder.HasIndex(x => new { x.SubscriptionId, x.ContentId, x.Id }).HasFilter("state = 'Pending'").HasDatabaseName("ix_webhook_deliveries_open_per_item");
        // The delivery log, newest first per subscription.
        builder.HasIndex(x => new { x.SubscriptionId, x.Id });
    }
}

internal sealed class WebhookAttemptConfiguration : IEntityTypeConfiguration<WebhookAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookAttempt> builder)
    {
        builder.ToTable("webhook_attempts");
        builder.Property(x => x.Id).UseIdentityAlwaysColumn();
        builder.Property(x => x.Error).HasMaxLength(1000);
    }
}
