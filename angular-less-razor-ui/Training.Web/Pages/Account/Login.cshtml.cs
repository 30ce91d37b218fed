using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Training.Identity;
using Training.Localization;

namespace Training.Web.Pages.Account;

[AllowAnonymous]
public class LoginModel(SignInManager<TrainingUser> signInManager, IStringLocalizer<TrainingResource> localizer) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var login = Input.Login.Trim();
        var user = await signInManager.UserManager.FindByNameAsync(login) ?? await signInManager.UserManager.FindByEmailAsync(login);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signInManager.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, localizer[TrainingErrorCodes.LockedOut]);
            return Page();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, localizer[TrainingErrorCodes.InvalidCredentials]);
            return Page();
        }

        if (user!.MustChangePassword)
        {
            return RedirectToPage("/Account/ChangePassword");
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Validation:Required")]
        [Display(Name = "DisplayName:Login")]
        public string Login { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation:Required")]
        [DataType(DataType.Password)]
        [Display(Name = "DisplayName:Password")]
        public string Password { get; set; } = string.Empty;

        [Display(Name = "DisplayName:RememberMe")]
        public bool RememberMe { get; set; }
    }
}
