using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Training.Web.Common;

/// <summary>
/// What the generated OpenAPI document cannot know by itself: the bearer scheme, an id for every operation, the problem
/// answers every route may give, and what each query and path parameter means. Other systems integrate from it.
/// </summary>
public static class OpenApiDescriptions
{
    private const string Bearer = "Bearer";
    private const string Problem = "Problem";

    // By parameter name, whatever its case; the OpenAPI test fails on a parameter without one, so a new name is added here.
    private static readonly Dictionary<string, string> Parameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "The id of the resource the path names.",
        ["assignmentId"] = "The id of one period of the person's unit history.",
        ["attachmentId"] = "The id of the attachment.",
        ["courseId"] = "The id of a course version.",
        ["lessonId"] = "The id of the lesson.",
        ["quizId"] = "The id of a quiz (of one course version).",
        ["attemptId"] = "The id of one attempt of a quiz, the caller's own.",
        ["questionId"] = "The id of a question of the attempt.",
        ["sessionId"] = "Only people enrolled in this training session.",
        ["staffId"] = "The id of the person on the roster.",
        ["role"] = "A role's name: admin, trainer, reviewer, officer or learner (path); a roster role (query).",
        ["asOf"] = "The date (yyyy-MM-dd) the units and the people's assignments are read on; default today in Cao Bằng.",
        ["date"] = "A day of the session (yyyy-MM-dd).",
        ["lastDay"] = "The person's last active day (yyyy-MM-dd); default today.",
        ["unitCode"] = "A unit's code: its whole subtree. Without it, all of the caller's units.",
        ["parentCode"] = "The code of the parent unit; without it, the caller's top units.",
        ["kind"] = "Only units of this kind.",
        ["status"] = "Only courses in this status.",
        ["search"] = "Words to find in names, codes or e-mail addresses, ignoring case and Vietnamese marks.",
        ["inScope"] = "Only people who count (true) or do not count (false) toward the coverage target.",
        ["includeInactive"] = "Also people no longer active on the date.",
        ["entityType"] = "Only entries about this kind of record (StaffMember, Course, TrainingUser…).",
        ["entityId"] = "Only entries about the record with this id.",
        ["userName"] = "Only entries written by this account.",
        ["planId"] = "The coverage plan; without it, the plan running today (else the latest).",
        ["groupBy"] = "How the rows break the total down: unit (default: by child unit), role, gender or ethnicity.",
        ["page"] = "The page, from 1.",
        ["pageSize"] = string.Create(CultureInfo.InvariantCulture, $"Rows per page, 1 to {Training.Common.PagedInput.MaxPageSize}; default {Training.Common.PagedInput.DefaultPageSize}."),
        ["format"] = "pdf (default) or xlsx.",
        ["dryRun"] = "Check every row and report, writing nothing.",
        ["unitId"] = "The id of the organisation unit.",
        ["code"] = "A certificate's verification code as printed under its QR code (case, spaces and dashes ignored).",
        ["registry"] = "true: the people of the caller's units, even for a caller on a roster (without it and without staffId or unitCode, the caller's own).",
        ["issuedFrom"] = "Only certificates issued on or after this day (yyyy-MM-dd, Cao Bằng).",
        ["issuedTo"] = "Only certificates issued on or before this day (yyyy-MM-dd, Cao Bằng).",
        ["expiringBy"] = "Only certificates not revoked that expire on or before this day (yyyy-MM-dd): those due for renewal.",
        ["from"] = "Only those held on or after this day (yyyy-MM-dd).",
        ["to"] = "Only those held on or before this day (yyyy-MM-dd).",
        ["mode"] = "AllOrNothing (default): any bad row stops the import; ValidOnly: the good rows are written, the bad ones reported.",
    };

    private static readonly Dictionary<string, string> Tags = new()
    {
        ["Identity"] = "Sign-in with a password, bearer tokens that refresh once, sign-out and password changes.",
        ["OrganizationUnits"] = "The province's administrative units, dated: communes merge and end, their successors carry their people.",
        ["Users"] = "Accounts, their roles and the units they may act on.",
        ["Roles"] = "The permissions each role grants.",
        ["Notifications"] = "Messages for the signed-in account.",
        ["AuditLogs"] = "Who changed what and when, personal data masked.",
        ["Courses"] = "Courses in versions: drafts with lessons and attachments, published, archived.",
        ["Rosters"] = "The staff who should be trained, by unit and on a date; Excel import and export.",
        ["Sessions"] = "Training sessions: enrolment, waiting lists, sign-in sheets, attendance and completions.",
        ["Catalogue"] = "What a learner may take and read.",
        ["Attempts"] = "A learner's attempts at a quiz: start or resume, each answer saved on its own, submit; graded once.",
        ["Quiz results"] = "A quiz's attempts by the people of the caller's units, as a list, a workbook and per question.",
        ["Certificates"] = "Certificates earned by completions: the registry, PDFs, revocation and re-issue, public verification by code.",
        ["Activities"] = "The communes' information activities on prostitution prevention, with a photo: the plan's second target.",
        ["Coverage"] = "Plans and how many of the staff who should be trained were: by unit, role, gender and ethnic group, on a date.",
    };

    public static IServiceCollection AddTrainingOpenApi(this IServiceCollection services) => services.AddHttpContextAccessor().AddOpenApi(o =>
    {
        o.AddDocumentTransformer((document, context, _) =>
        {
            // The address the caller reached, as the forwarded headers gave it, without a trailing slash.
            var request = context.ApplicationServices.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request;
            document.Servers = request is null ? [] : [new OpenApiServer { Url = $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/') }];
            foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
            {
                tag.Description ??= Tags.GetValueOrDefault(tag.Name!);
            }

            document.Info.Description = "Training of the officials and collaborators who prevent social evils (plan 552/KH-UBND): units, rosters, courses, "
                + "sessions. Sign in with POST /api/identity/login and send the access token as a bearer token. Errors are problem details with a "
                + "stable `code` and a `traceId`.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer",
                Description = "The access token from POST /api/identity/login (refresh it with POST /api/identity/refresh).",
            };
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas[Problem] = ProblemSchema();
            return Task.CompletedTask;
        });
        o.AddOperationTransformer((operation, context, _) =>
        {
            var description = context.Description;
            var anonymous = description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
            operation.OperationId ??= OperationId(description.HttpMethod ?? "GET", description.RelativePath ?? string.Empty);
            // An empty requirement says the operation is open to anyone (sign-in, refresh, health).
            operation.Security = anonymous
                ? [new OpenApiSecurityRequirement()]
                : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] }];

            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                if (string.IsNullOrEmpty(parameter.Description) && Parameters.TryGetValue(parameter.Name!, out var meaning))
                {
                    parameter.Description = meaning;
                }
            }

            var write = description.HttpMethod is "POST" or "PUT" or "PATCH" or "DELETE";
            operation.Responses ??= new OpenApiResponses();
            AddProblem(operation, context, "400", "The request is invalid: `errors` names each field and what is wrong with it.", write || operation.Parameters?.Count > 0);
            AddProblem(operation, context, "401", "No valid access token or sign-in cookie.", !anonymous);
            AddProblem(operation, context, "403", "The caller lacks the permission, or the record is outside the caller's units.", !anonymous);
            AddProblem(operation, context, "404", "Nothing with that id (or the caller may not know it exists).", description.RelativePath?.Contains('{') == true);
            AddProblem(operation, context, "409", "The change conflicts with the record's state or a concurrent change (`code` says which).", write);
            return Task.CompletedTask;
        });
    });

    /// <summary>"PUT api/training/staff/{id}/assignments/{assignmentId}" → "PutStaffAssignmentsByIdAndAssignmentId".</summary>
    private static string OperationId(string method, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s is not ("api" or "training")).ToList();
        var words = segments.Where(s => !s.StartsWith('{')).Select(Pascal);
        var parameters = segments.Where(s => s.StartsWith('{')).Select(s => Pascal(s.Trim('{', '}').Split(':')[0])).ToList();
        return Pascal(method.ToLowerInvariant()) + string.Concat(words) + (parameters.Count > 0 ? "By" + string.Join("And", parameters) : string.Empty);

        static string Pascal(string word) => string.Concat(word.Split('-').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    private static void AddProblem(OpenApiOperation operation, OpenApiOperationTransformerContext context, string status, string description, bool applies)
    {
        if (!applies || operation.Responses!.ContainsKey(status))
        {
            return;
        }

        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(Problem, context.Document) },
            },
        };
    }

    private static OpenApiSchema ProblemSchema()
    {
        static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details, in the request's language.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = Text("A URI that identifies the kind of problem."),
                ["title"] = Text("A short, localised summary."),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                ["detail"] = Text("What went wrong, localised."),
                ["code"] = Text("A stable error code to act on, such as Training:CourseNotDraft."),
                ["traceId"] = Text("The request's trace id, to find it in the logs."),
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object, Description = "For 400: the messages of each field, by its name.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Text("A message.") },
                },
            },
            Examples = [JsonNode.Parse("""{"title":"Khóa học đã được công bố","status":409,"code":"Training:CourseNotDraft","traceId":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"}""")!],
        };
    }
}
