namespace Training.Web.Common;

/// <summary>
/// What every response tells the browser: run, style and show only this site's own files (whatever markup slips into
/// a lesson can load nothing from elsewhere, and no inline script or style runs), be framed by no one, post forms only
/// here, and use no camera, microphone, location, payment or USB.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IWebHostEnvironment environment)
{
    public const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'none'; "
        + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;

        // The API explorer (Development only) is a page of inline scripts and styles that is not ours to change.
        if (!(environment.IsDevelopment() && context.Request.Path.StartsWithSegments("/scalar")))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }

        return next(context);
    }
}
