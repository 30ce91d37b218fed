using System.ComponentModel.DataAnnotations;

namespace Training.Identity;

/// <param name="Email">The user name: an e-mail, or a phone number for those without one.</param>
public sealed record LoginRequest([Required, StringLength(256)] string Email, [Required, StringLength(128)] string Password);
