namespace Training.Certificates;

/// <param name="Issued">Completions of the session that got their certificate now.</param>
/// <param name="Skipped">Completions that already had one.</param>
public sealed record SessionCertificatesResultDto(int Issued, int Skipped);
