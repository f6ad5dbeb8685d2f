namespace SinergieComuni.Web.Infrastructure;

public static class OutboxExtensions
{
    /// <summary>The mail outbox: <see cref="Outbox"/> for features to queue mail, and the worker that sends it.</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section));
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<Outbox>();
        services.AddHostedService<OutboxWorker>();
        return services;
    }
}
