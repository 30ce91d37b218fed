namespace Training.Identity;

public sealed record PermissionGrantDto(string Name, string Group, bool IsGranted);
