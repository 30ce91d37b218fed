using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InstantsAsTimestamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Instants were UTC ticks (100 ns since 0001-01-01); timestamptz keeps microseconds, exactly, counted from 1970.
            foreach (var (table, column) in Columns)
            {
                migrationBuilder.Sql($"""
                    ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE timestamp with time zone
                    USING timestamptz 'epoch' + (("{column}" - {EpochTicks}) / 10) * interval '1 microsecond';
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, column) in Columns)
            {
                migrationBuilder.Sql($"""
                    ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE bigint
                    USING {EpochTicks} + (extract(epoch from "{column}") * 1000000)::bigint * 10;
                    """);
            }
        }

        private const long EpochTicks = 621355968000000000;

        private static readonly (string Table, string Column)[] Columns =
        [
            ("StaffImportJobs", "FinishedAt"),
            ("StaffImportJobs", "CreatedAt"),
            ("SignInSessions", "StartedAt"),
            ("SignInSessions", "EndedAt"),
            ("RefreshTokens", "UsedAt"),
            ("RefreshTokens", "ExpiresAt"),
            ("Notifications", "ReadAt"),
            ("Notifications", "CreatedAt"),
            ("LessonProgress", "ReadAt"),
            ("Enrollments", "EnrolledAt"),
            ("Courses", "PublishedAt"),
            ("CourseCompletions", "RecordedAt"),
            ("AuditLogEntries", "OccurredAt"),
        ];
    }
}
