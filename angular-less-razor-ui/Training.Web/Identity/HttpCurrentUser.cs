using System.Security.Claims;
using Training.Identity;

namespace Training.Web.Identity;

/// <summary>The signed-in user of the request; in a background job's scope, the user it acts for.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser, ICurrentUserSetter
{
    private (Guid Id, string? UserName)? _actingFor;

    public Guid? Id => _actingFor?.Id
        ?? (Guid.TryParse(accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null);

    public string? UserName => _actingFor is { } acting ? acting.UserName : accessor.HttpContext?.User.Identity?.Name;

    public void ActAs(Guid userId, string? userName) => _actingFor = (userId, userName);
}
