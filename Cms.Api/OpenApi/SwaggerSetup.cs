using Microsoft.OpenApi;

namespace Cms.Api.OpenApi;

internal static class SwaggerSetup
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddCmsSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Cms API",
                Version = "v1",
                Description = "Headless CMS for Vietnamese news portals. Public delivery endpoints are anonymous and show "
                    + "published content only; /api/v1/manage/* needs a bearer token from POST /api/v1/auth/token "
                    + "(use the Authorize button).",
            });
            options.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "The accessToken from POST /api/v1/auth/token.",
            });
            options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, "Cms.Api.xml"));
            options.OperationFilter<AuthorizeOperationFilter>();
            options.OperationFilter<QueryNamesOperationFilter>();
            options.OperationFilter<ConditionalGetOperationFilter>();
            options.OperationFilter<RateLimitOperationFilter>();
            options.OperationFilter<ConcurrencyOperationFilter>();
            options.OperationFilter<EnumValuesOperationFilter>();
            options.OperationFilter<QueryBoundsOperationFilter>();
            options.DocumentFilter<DocumentFilter>();
            // A webhook's payload is the event as sent: any JSON object, not .NET's JsonNode.
            options.MapType<System.Text.Json.Nodes.JsonNode>(() => new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalPropertiesAllowed = true });
            options.SchemaFilter<ExampleSchemaFilter>();
            options.SchemaFilter<ProblemSchemaFilter>();
            options.SchemaFilter<ValidationSchemaFilter>();
            options.SchemaFilter<NullableReferenceSchemaFilter>();
            options.SchemaFilter<KnownValuesSchemaFilter>();
            options.SupportNonNullableReferenceTypes();
            // Always-present response fields are "required", so generated client types need no "?".
            options.NonNullableReferenceTypesAsRequired();
            options.CustomSchemaIds(SchemaId);
        });
        return services;
    }

    // Generic answers are named for what they hold, as a client would name them by hand
    // (ArticleRevision, not RevisionResponseArticleRequest).
    private static readonly Dictionary<Type, string> GenericNames = new()
    {
        [typeof(Common.PagedList<>)] = "{0}Page",
        [typeof(Content.ItemBatch<>)] = "{0}Batch",
        [typeof(Revisions.RevisionResponse<>)] = "{0}Revision",
        [typeof(Revisions.WorkingCopyResponse<>)] = "{0}WorkingCopy",
    };

    private static string SchemaId(Type type)
    {
        if (!type.IsGenericType || !GenericNames.TryGetValue(type.GetGenericTypeDefinition(), out var format))
        {
            return type.Name;
        }

        var held = type.GetGenericArguments()[0].Name;
        // A revision or working copy holds a request body: ArticleRequest names the article.
        held = held.EndsWith("Request", StringComparison.Ordinal) ? held[..^"Request".Length] : held;
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, format, held);
    }
}
