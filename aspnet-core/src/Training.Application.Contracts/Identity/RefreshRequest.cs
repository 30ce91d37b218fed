using System.ComponentModel.DataAnnotations;

namespace Training.Identity;

public sealed record RefreshRequest([Required, StringLength(4096)] string RefreshToken);
