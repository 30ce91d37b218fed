namespace Training;

/// <summary>
/// A rule of the domain was broken. <see cref="Code"/> is one of <see cref="TrainingErrorCodes"/> and the key of the
/// localised message; <see cref="Arguments"/> fill its placeholders. The web layer turns it into problem details.
/// </summary>
public class TrainingException : Exception
{
    public TrainingException(string code, TrainingErrorKind kind = TrainingErrorKind.BadRequest, params object[] arguments)
        : base(code)
    {
        Code = code;
        Kind = kind;
        Arguments = arguments;
    }

    /// <summary>A rule broken in the database (a unique index, a concurrency token): the same code, with the database's error inside.</summary>
    public TrainingException(string code, TrainingErrorKind kind, Exception innerException)
        : base(code, innerException)
    {
        Code = code;
        Kind = kind;
        Arguments = [];
    }

    public string Code { get; }

    /// <summary>The request field at fault, as a camelCase JSON path (<c>fullName</c>, <c>completionRule.minAttendancePercent</c>):
    /// the API lists the message under it, a page shows it beside that field.</summary>
    public string? Field { get; init; }

    public TrainingErrorKind Kind { get; }

    public IReadOnlyList<object> Arguments { get; }

    public static TrainingException NotFound(string code = TrainingErrorCodes.EntityNotFound, params object[] arguments) =>
        new(code, TrainingErrorKind.NotFound, arguments);

    public static TrainingException OutOfScope() => new(TrainingErrorCodes.UnitOutOfScope, TrainingErrorKind.Forbidden);

    public static TrainingException Conflict(string code, params object[] arguments) =>
        new(code, TrainingErrorKind.Conflict, arguments);
}

/// <summary>What kind of failure an error is; decides the HTTP status (400, 403, 404, 409).</summary>
public enum TrainingErrorKind
{
    BadRequest,
    Forbidden,
    NotFound,
    Conflict,
}
