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
            TypedResults.Ok(await service.GetListAsync(input, ct)));
        users.MapGet("/{id:guid}", async (Guid id, IUserAdminAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetAsync(id, ct)));
        users.MapPost("/", async (SaveUserDto input, IUserAdminAppService service, CancellationToken ct) =>
            {
                var user = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/training/users/{user.Id}", user);
            })
            .Validate<SaveUserDto>();
        users.MapPut("/{id:guid}", async (Guid id, SaveUserDto input, IUserAdminAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UpdateAsync(id, input, ct)))
            .Validate<SaveUserDto>();
        users.MapPost("/{id:guid}/unlock", async Task<NoContent> (Guid id, IUserAdminAppService service, CancellationToken ct) =>
        {
            await service.UnlockAsync(id, ct);
            return TypedResults.NoContent();
        });

        var roles = app.MapGroup("/api/training/roles").WithTags("Roles").RequireAuthorization(TrainingPermissions.Identity.Roles);
        roles.MapGet("/permissions", async (IRolePermissionAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetAllAsync(ct)));
        roles.MapPut("/{role}/permissions", async Task<NoContent> (string role, string[] permissions, IRolePermissionAppService service, CancellationToken ct) =>
        {
            await service.SetAsync(role, permissions, ct);
            return TypedResults.NoContent();
        });

        var notifications = app.MapGroup("/api/training/notifications").WithTags("Notifications").RequireAuthorization(TrainingPermissions.Notifications);
        notifications.MapGet("/", async (Training.Notifications.INotificationAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetUnreadAsync(ct)));
        notifications.MapPost("/{id:guid}/read", async Task<NoContent> (Guid id, Training.Notifications.INotificationAppService service, CancellationToken ct) =>
        {
            await service.MarkReadAsync(id, ct);
            return TypedResults.NoContent();
        });

        app.MapGet("/api/training/audit-logs", async ([AsParameters] GetAuditLogInput input, IAuditLogAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetListAsync(input, ct)))
            .WithTags("AuditLogs")
            .RequireAuthorization(TrainingPermissions.Auditing.View);
        return app;
    }
}
