using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Training.Auditing;
using Training.Common;
using Training.Identity;
using Training.Permissions;

namespace Training.HttpApi.Identity;

/// <summary>The admin's API for users, role permissions and the audit log.</summary>
public static class IdentityAdminEndpoints
{
    public static IEndpointRouteBuilder MapIdentityAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/training/users").WithTags("Users").RequireAuthorization(TrainingPermissions.Identity.Users);
        users.MapGet("/", async ([AsParameters] GetUserListInput input, IUserAdminAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetListAsync(input, ct)))
            .WithSummary("Accounts, searched by name, e-mail or phone, a page at a time.");
        users.MapGet("/{id:guid}", async (Guid id, IUserAdminAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetAsync(id, ct)))
            .WithSummary("An account with its roles and units.");
        users.MapPost("/", async (SaveUserDto input, IUserAdminAppService service, CancellationToken ct) =>
            {
                var user = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/training/users/{user.Id}", user);
            })
            .WithSummary("Creates an account with its roles and units; it must change the one-time password at first sign-in.")
            .Validate<SaveUserDto>();
        users.MapPut("/{id:guid}", async (Guid id, SaveUserDto input, IUserAdminAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UpdateAsync(id, input, ct)))
            .WithSummary("Changes an account; a change of roles or units ends its sessions.")
            .Validate<SaveUserDto>();
        users.MapPost("/{id:guid}/unlock", async Task<NoContent> (Guid id, IUserAdminAppService service, CancellationToken ct) =>
        {
            await service.UnlockAsync(id, ct);
            return TypedResults.NoContent();
        })
            .WithSummary("Unlocks an account locked out after failed sign-ins.");

        var roles = app.MapGroup("/api/training/roles").WithTags("Roles").RequireAuthorization(TrainingPermissions.Identity.Roles);
        roles.MapGet("/permissions", async (IRolePermissionAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetAllAsync(ct)))
            .WithSummary("Every role with the permissions it grants.");
        roles.MapPut("/{role}/permissions", async Task<NoContent> (string role, string[] permissions, IRolePermissionAppService service, CancellationToken ct) =>
        {
            await service.SetAsync(role, permissions, ct);
            return TypedResults.NoContent();
        })
            .WithSummary("Sets the permissions a role grants; the sessions of its members end.");

        var notifications = app.MapGroup("/api/training/notifications").WithTags("Notifications").RequireAuthorization(TrainingPermissions.Notifications);
        notifications.MapGet("/", async (Training.Notifications.INotificationAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetUnreadAsync(ct)))
            .WithSummary("The caller's unread notifications, newest first.");
        notifications.MapPost("/{id:guid}/read", async Task<NoContent> (Guid id, Training.Notifications.INotificationAppService service, CancellationToken ct) =>
        {
            await service.MarkReadAsync(id, ct);
            return TypedResults.NoContent();
        })
            .WithSummary("Marks one of the caller's notifications as read.");

        app.MapGet("/api/training/audit-logs", async ([AsParameters] GetAuditLogInput input, IAuditLogAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetListAsync(input, ct)))
            .WithSummary("Audit entries the caller's units may see, newest first, personal data masked.")
            .WithTags("AuditLogs")
            .RequireAuthorization(TrainingPermissions.Auditing.View);
        return app;
    }
}
