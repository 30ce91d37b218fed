using System.ComponentModel.DataAnnotations;

namespace Training.Identity;

public sealed record RefreshRequest([property: Required, StringLength(4096)] string RefreshToken);
