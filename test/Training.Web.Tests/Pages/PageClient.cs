using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Training.Web.Tests.Pages;

/// <summary>A browser-like client of the Razor pages: keeps cookies, follows no redirect by itself, posts forms with
/// the anti-forgery token the page rendered.</summary>
public sealed partial class PageClient(WebApplicationFactory<Program> factory)
{
    public HttpClient Http { get; } = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Opens <paramref name="pagePath"/> and posts a form from it, to itself or to <paramref name="formAction"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pagePath, IDictionary<string, string> fields, string? formAction = null)
    {
        var page = await Http.GetStringAsync(pagePath);
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await Http.PostAsync(formAction ?? pagePath, new FormUrlEncodedContent(form));
    }

    /// <summary>As <see cref="PostFormAsync"/>, as multipart/form-data with a file, as a form with a file input sends it.</summary>
    public async Task<HttpResponseMessage> PostFormWithFileAsync(string pagePath, IDictionary<string, string> fields, string fileField, string fileName,
        byte[] file, string contentType, string? formAction = null)
    {
        var page = await Http.GetStringAsync(pagePath);
        var form = new MultipartFormDataContent { { new StringContent(AntiforgeryToken().Match(page).Groups[1].Value), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(content, fileField, fileName);
        return await Http.PostAsync(formAction ?? pagePath, form);
    }

    public Task<HttpResponseMessage> SignInAsync(string login, string password) =>
        PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.Login"] = login, ["Input.Password"] = password });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
