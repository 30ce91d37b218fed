using System.Security.Claims;
using Training.Identity;

namespace Training.Web.Identity;

public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public Guid? Id => Guid.TryParse(accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => accessor.HttpContext?.User.Identity?.Name;
}
