namespace Cms.Api.Configuration;

/// <summary>Live online Q&amp;A (Cms:LiveQa): readers' question limits, the events stream, retention.</summary>
public sealed class LiveQaOptions
{
    /// <summary>Questions one client address may send per <see cref="QuestionWindow"/> (per API instance); 0: no limit.</summary>
    public int QuestionsPerWindow { get; set; } = 5;

    public TimeSpan QuestionWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Readers' questions (and their addresses) are deleted this long after their session closes.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often each instance looks for questions past their retention.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Open event streams one instance holds; past it, readers are told to poll GET …/live (503 with Retry-After).</summary>
    public int MaxStreams { get; set; } = 10_000;

    /// <summary>A stream with nothing new restates the session this often, so proxies keep it open.</summary>
    public TimeSpan KeepAlive { get; set; } = TimeSpan.FromSeconds(25);
}
