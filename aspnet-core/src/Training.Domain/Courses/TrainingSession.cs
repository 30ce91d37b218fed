namespace Training.Courses;

/// <summary>
/// A dated run of a course (lớp tập huấn): in person, online or blended, organised by a unit, with its days, capacity and
/// enrolments. Past capacity people wait in order and are promoted, first come first served, when someone withdraws.
/// </summary>
public class TrainingSession
{
    private readonly List<Enrollment> _enrollments = [];

    private TrainingSession()
    {
        Title = null!;
        Days = [];
    }

    private TrainingSession(Guid id, Guid courseId, string title, SessionMode mode, Guid organizerUnitId, string? venue, string? trainers, int capacity,
        IEnumerable<DateOnly> days)
    {
        Id = id;
        CourseId = courseId;
        Title = null!;
        Days = [];
        Change(title, mode, venue, trainers, capacity, days);
        OrganizerUnitId = organizerUnitId;
    }

    /// <summary>A new session of <paramref name="course"/>: an archived version is taught no more.</summary>
    public static TrainingSession Plan(Course course, string title, SessionMode mode, Guid organizerUnitId, string? venue, string? trainers, int capacity,
        IEnumerable<DateOnly> days) =>
        course.Status == CourseStatus.Archived
            ? throw TrainingException.Conflict(TrainingErrorCodes.CourseNotPublished)
            : new TrainingSession(Guid.CreateVersion7(), course.Id, title, mode, organizerUnitId, venue, trainers, capacity, days);

    public Guid Id { get; private set; }

    /// <summary>The course version taught: those enrolled keep it even when a newer version is published.</summary>
    public Guid CourseId { get; private set; }

    public string Title { get; private set; }

    public SessionMode Mode { get; private set; }

    public Guid OrganizerUnitId { get; private set; }

    public string? Venue { get; private set; }

    public string? Trainers { get; private set; }

    public int Capacity { get; private set; }

    /// <summary>The session's days, in order (dates in Asia/Ho_Chi_Minh).</summary>
    public IReadOnlyList<DateOnly> Days { get; private set; }

    public IReadOnlyCollection<Enrollment> Enrollments => _enrollments;

    /// <summary>The first and last day, kept as columns so that "sessions on day D" is a range query.</summary>
    public DateOnly FirstDay { get; private set; }

    public DateOnly LastDay { get; private set; }

    /// <summary>Changes with every change to the session or its enrolments: two writers racing cannot both save (409).</summary>
    public Guid Version { get; private set; }

    /// <summary>Places held (enrolled, in progress, completed, failed) and people waiting, kept with the session so that a
    /// list of sessions never reads the enrolments.</summary>
    public int PlacesTaken { get; private set; }

    public int Waitlisted { get; private set; }

    /// <summary>Those waiting for a place, first come first served.</summary>
    public IReadOnlyList<Enrollment> WaitingList =>
        _enrollments.Where(e => e.Status == EnrollmentStatus.Waitlisted).OrderBy(e => e.EnrolledAt).ThenBy(e => e.Id).ToList();

    public void Change(string title, SessionMode mode, string? venue, string? trainers, int capacity, IEnumerable<DateOnly> days)
    {
        title = (title ?? string.Empty).Trim();
        var dayList = days.Distinct().Order().ToList();
        if (title.Length is 0 or > CourseConsts.MaxTitleLength)
        {
            throw new TrainingException(TrainingErrorCodes.SessionTitleRequired) { Field = "title" };
        }

        if (!Enum.IsDefined(mode))
        {
            throw new TrainingException(TrainingErrorCodes.SessionModeUnknown) { Field = "mode" };
        }

        if (dayList.Count is 0 or > CourseConsts.MaxSessionDays)
        {
            throw new TrainingException(TrainingErrorCodes.SessionDaysInvalid) { Field = "days" };
        }

        if (capacity is < 1 or > CourseConsts.MaxCapacity || capacity < _enrollments.Count(e => e.HoldsAPlace))
        {
            throw new TrainingException(TrainingErrorCodes.SessionCapacityInvalid) { Field = "capacity" };
        }

        Version = Guid.NewGuid();
        Title = title;
        Mode = mode;
        Venue = string.IsNullOrWhiteSpace(venue) ? null : venue.Trim();
        Trainers = string.IsNullOrWhiteSpace(trainers) ? null : trainers.Trim();
        Capacity = capacity;
        Days = dayList;
        FirstDay = dayList[0];
        LastDay = dayList[^1];
    }

    /// <summary>Enrols the person, or puts them on the waiting list when the session is full. Null when already enrolled.</summary>
    public Enrollment? Enroll(Guid staffMemberId, DateTimeOffset now)
    {
        if (_enrollments.Any(e => e.StaffMemberId == staffMemberId && e.Status != EnrollmentStatus.Withdrawn))
        {
            return null;
        }

        Version = Guid.NewGuid();
        var full = _enrollments.Count(e => e.HoldsAPlace) >= Capacity;
        var enrollment = new Enrollment(Guid.CreateVersion7(), Id, CourseId, staffMemberId, full ? EnrollmentStatus.Waitlisted : EnrollmentStatus.Enrolled, now);
        _enrollments.Add(enrollment);
        Count();
        return enrollment;
    }

    /// <summary>Withdraws the person; the first on the waiting list takes the freed place.</summary>
    public Enrollment? Withdraw(Guid staffMemberId)
    {
        var enrollment = _enrollments.FirstOrDefault(e => e.StaffMemberId == staffMemberId && e.Status != EnrollmentStatus.Withdrawn)
            ?? throw TrainingException.NotFound();
        Version = Guid.NewGuid();
        var freesPlace = enrollment.HoldsAPlace;
        enrollment.Withdraw();
        if (!freesPlace)
        {
            Count();
            return null;
        }

        var next = WaitingList.FirstOrDefault();
        next?.Promote();
        Count();
        return next;
    }

    /// <summary>Sets who was present on <paramref name="date"/>: the listed people present, every other enrolled person absent.
    /// With <paramref name="onlyFor"/>, the attendance of the people outside it is left as it was (an organiser marks only
    /// the people of its own units). Returns the enrolments whose attendance changed.</summary>
    internal IReadOnlyList<Enrollment> SetAttendance(DateOnly date, IReadOnlyCollection<Guid> presentStaffIds, IReadOnlySet<Guid>? onlyFor = null)
    {
        if (!Days.Contains(date))
        {
            throw new TrainingException(TrainingErrorCodes.SessionDayUnknown) { Field = "date" };
        }

        Version = Guid.NewGuid();
        var changed = new List<Enrollment>();
        foreach (var enrollment in _enrollments.Where(e => e.HoldsAPlace && (onlyFor is null || onlyFor.Contains(e.StaffMemberId))))
        {
            if (enrollment.MarkAttendance(date, presentStaffIds.Contains(enrollment.StaffMemberId)))
            {
                changed.Add(enrollment);
            }
        }

        return changed;
    }

    /// <summary>Once the last day's attendance is in, those who did not complete did not pass (a later correction of
    /// the attendance can still complete them).</summary>
    internal void CloseLastDay()
    {
        Version = Guid.NewGuid();
        foreach (var enrollment in _enrollments.Where(e => e.Status is EnrollmentStatus.Enrolled or EnrollmentStatus.InProgress))
        {
            enrollment.Fail();
        }
    }

    private void Count()
    {
        PlacesTaken = _enrollments.Count(e => e.HoldsAPlace);
        Waitlisted = _enrollments.Count(e => e.Status == EnrollmentStatus.Waitlisted);
    }

    public decimal AttendancePercent(Enrollment enrollment) =>
        Math.Round(100m * enrollment.AttendedDays.Count(Days.Contains) / Days.Count, 2);
}
