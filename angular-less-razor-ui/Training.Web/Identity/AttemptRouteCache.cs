using Microsoft.Extensions.Caching.Memory;

namespace Training.Web.Identity;

/// <summary>
/// What the attempt routes may read up to 30 s old on each node — a sign-in session's state and an account's grants — so that a
/// training room saving answers at once costs one statement a save (Quizzes 2/2). Every other route reads both on each request;
/// a session ended on this node is dropped from here at once, on another node within the 30 s.
/// </summary>
public sealed class AttemptRouteCache(IMemoryCache cache, IHttpContextAccessor http)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>An attempt's routes, and starting one (POST /api/training/quizzes/{id}/attempts): a room starts together too.</summary>
    private bool Applies => http.HttpContext?.Request is { } request
        && (request.Path.StartsWithSegments("/api/training/attempts", StringComparison.OrdinalIgnoreCase)
            || (HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/api/training/quizzes", StringComparison.OrdinalIgnoreCase)
                && request.Path.Value!.EndsWith("/attempts", StringComparison.OrdinalIgnoreCase)));

    /// <summary><paramref name="read"/>'s answer, kept for the attempt routes; read afresh on every other route.</summary>
    public async Task<T> GetAsync<T>(string kind, Guid id, Func<Task<T>> read) =>
        Applies
            ? (await cache.GetOrCreateAsync((typeof(AttemptRouteCache), kind, id), entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = Lifetime;
                return read();
            }))!
            : await read();

    public void ForgetSession(Guid sessionId) => cache.Remove((typeof(AttemptRouteCache), SessionKind, sessionId));

    public const string SessionKind = "session";
}
