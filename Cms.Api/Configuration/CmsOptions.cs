namespace Cms.Api.Configuration;

/// <summary>The "Cms" configuration section (environment: Cms__Admin__UserName and so on).</summary>
public sealed class CmsOptions
{
    public const string Section = "Cms";

    /// <summary>Where generated secrets (admin password, token signing key) are kept.</summary>
    public string DataDirectory { get; set; } = ".data";

    /// <summary>The portal's time zone: day and week boundaries for counters and the site.</summary>
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    public AdminOptions Admin { get; set; } = new();

    public DatabaseOptions Database { get; set; } = new();

    public AuthOptions Auth { get; set; } = new();

    public RateLimitOptions RateLimits { get; set; } = new();

    public CacheOptions Cache { get; set; } = new();

    public DemoContentOptions DemoContent { get; set; } = new();

    public CounterOptions Counters { get; set; } = new();

    public RichTextOptions RichText { get; set; } = new();

    public LimitOptions Limits { get; set; } = new();

    public CrossOriginOptions Cors { get; set; } = new();

    public SiteOptions Site { get; set; } = new();

    public PreviewOptions Preview { get; set; } = new();

    public SchedulerOptions Scheduler { get; set; } = new();

    public WebhookOptions Webhooks { get; set; } = new();

    public MediaOptions Media { get; set; } = new();

    public TelemetryOptions Telemetry { get; set; } = new();

    public NetworkOptions Network { get; set; } = new();

    public EditLockOptions EditLocks { get; set; } = new();

    public LiveQaOptions LiveQa { get; set; } = new();

    public ReplicaOptions Replicas { get; set; } = new();
}

/// <summary>Reverse proxies whose X-Forwarded-For is trusted (Security/ProxySetup).</summary>
public sealed class NetworkOptions
{
    /// <summary>Proxy addresses, e.g. 10.0.0.5.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR form, e.g. 172.16.0.0/12.</summary>
    public string[] KnownNetworks { get; set; } = [];
}

public sealed class SchedulerOptions
{
    /// <summary>
    /// How often each instance looks for scheduled items other instances were told about; it
    /// also wakes at the next due time it knows of. Readers never wait for it (see Content/ScheduledPublisher).
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);
}

public sealed class AdminOptions
{
    public string UserName { get; set; } = "admin";

    /// <summary>Unset: generated on first start, printed once and kept in the data directory.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// The first admin is created once; later starts leave the account alone (its password may
    /// have been changed through the API). Set true for one start to reset it to
    /// <see cref="Password"/>, re-enable it and make it an admin again (lost-password recovery).
    /// </summary>
    public bool ResetPassword { get; set; }
}

public sealed class DatabaseOptions
{
    /// <summary>Apply pending migrations at start-up. Turn off when a deployment step migrates.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}

public sealed class AuthOptions
{
    /// <summary>
    /// HMAC key for access tokens (at least 32 bytes, base64). Unset: generated once and
    /// kept in the data directory. Several API processes must share one key.
    /// </summary>
    public string? SigningKey { get; set; }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Failed sign-ins for one user name, within <see cref="FailureWindow"/>, that lock it.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a locked user name must wait (answered with 429 and Retry-After).</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>Per client IP, per API instance (ASP.NET Core's rate limiter); 0 turns a limit off.</summary>
public sealed class RateLimitOptions
{
    /// <summary>
    /// Hit beacons per minute from one IP. Generous: readers on mobile networks share
    /// carrier IPs (CGNAT), and a dropped hit is a reader not counted.
    /// </summary>
    public int BeaconPerMinute { get; set; } = 600;

    /// <summary>Sign-in attempts per minute from one IP, whatever the user names.</summary>
    public int SignInPerMinute { get; set; } = 20;

    /// <summary>
    /// Public reads the output cache could not answer, served at once by this process; more
    /// wait their turn, oldest first (see Security/RateLimits). 0: four per processor core.
    /// </summary>
    public int PublicReadConcurrency { get; set; }
}

public sealed class DemoContentOptions
{
    /// <summary>Load the demo portal content into an empty database at start-up.</summary>
    public bool Enabled { get; set; } = true;
}

public sealed class CounterOptions
{
    /// <summary>
    /// Hits are written as they come (each beacon waits for its hit's commit); this is how often
    /// the work that need not follow every commit is done (cached view counts evicted, site
    /// statistics re-read), and, while the database is unreachable, how often writing is retried.
    /// </summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a beacon waits for a database that is unreachable; then it is told 503 and its hit is not counted.</summary>
    public TimeSpan HoldTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The same visitor viewing the same item again within this window counts once.</summary>
    public TimeSpan ViewWindow { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A visit is a visitor's first hit after this much inactivity.</summary>
    public TimeSpan VisitGap { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>"Đang online": distinct visitors seen within this window.</summary>
    public TimeSpan OnlineWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>All-time visits carried over from a previous system, added to "Tất cả".</summary>
    public long StartingTotal { get; set; }

    /// <summary>Hits waiting for the database (it is unreachable, or slower than the beacons come); beyond this the beacon answers 503 at once.</summary>
    public int MaxPendingHits { get; set; } = 2_000_000;
}

public sealed class CacheOptions
{
    /// <summary>Keep public GET responses in memory (evicted by tag on every change). Off: every request reaches PostgreSQL.</summary>
    public bool OutputCache { get; set; } = true;

    /// <summary>The longest a cached public response is kept, even with nothing changing.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(1);
}
