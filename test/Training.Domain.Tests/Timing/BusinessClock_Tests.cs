using Microsoft.Extensions.Time.Testing;
using Moq;
using Training.Timing;

namespace Training.Domain.Tests.Timing;

public class BusinessClock_Tests
{
    [Fact]
    public void Puts_Attendance_At_0630_On_1_July_In_The_Second_Half_Year()
    {
        // 06:30 in Cao Bằng is 23:30 UTC of the day before.
        var clock = new FakeTimeProvider(new DateTimeOffset(2020, 6, 30, 23, 30, 0, TimeSpan.Zero));

        BusinessClock.Today(clock).ShouldBe(new DateOnly(2020, 7, 1));
    }

    [Fact]
    public void Keeps_The_Date_Until_Midnight_In_Vietnam()
    {
        BusinessClock.ToBusinessDate(new DateTimeOffset(2020, 12, 31, 16, 59, 59, TimeSpan.Zero)).ShouldBe(new DateOnly(2020, 12, 31));
        BusinessClock.ToBusinessDate(new DateTimeOffset(2020, 12, 31, 17, 0, 0, TimeSpan.Zero)).ShouldBe(new DateOnly(2021, 1, 1));
    }
}
