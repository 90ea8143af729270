using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cms.Tests.Support;

/// <summary>
/// The SQL EF Core runs in an app (its "Executed DbCommand" log entries), for tests that count
/// queries: add it with <see cref="AddTo"/> in a CmsApp's ConfigureServices.
/// </summary>
public sealed class SqlLog : ILoggerProvider
{
    private const string Category = "Microsoft.EntityFrameworkCore.Database.Command";
    private readonly ConcurrentQueue<string> commands = new();

    public IReadOnlyList<string> Commands => [.. commands];

    public void Clear() => commands.Clear();

    public void AddTo(IServiceCollection services)
    {
        services.AddSingleton<ILoggerProvider>(this);
        services.Configure<LoggerFilterOptions>(options => options.Rules.Add(new LoggerFilterRule(typeof(SqlLog).FullName, Category, LogLevel.Information, null)));
    }

    public ILogger CreateLogger(string categoryName) => categoryName == Category ? new Recorder(commands) : NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class Recorder(ConcurrentQueue<string> commands) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Name?.EndsWith("CommandExecuted", StringComparison.Ordinal) == true)
            {
                commands.Enqueue(formatter(state, exception));
            }
        }
    }
}
