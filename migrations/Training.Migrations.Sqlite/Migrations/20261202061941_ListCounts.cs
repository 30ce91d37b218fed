using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ListCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PlacesTaken",
                table: "TrainingSessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Waitlisted",
                table: "TrainingSessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "LessonCount",
                table: "Courses",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Existing courses and sessions: the counts their lessons and enrolments give today.
            migrationBuilder.Sql("""
                UPDATE "Courses" SET "LessonCount" = (SELECT COUNT(*) FROM "Lessons" l WHERE l."CourseId" = "Courses"."Id");
                UPDATE "TrainingSessions" SET
                    "PlacesTaken" = (SELECT COUNT(*) FROM "Enrollments" e WHERE e."SessionId" = "TrainingSessions"."Id"
                        AND e."Status" IN ('Enrolled', 'InProgress', 'Completed', 'Failed')),
                    "Waitlisted" = (SELECT COUNT(*) FROM "Enrollments" e WHERE e."SessionId" = "TrainingSessions"."Id" AND e."Status" = 'Waitlisted');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PlacesTaken",
                table: "TrainingSessions");

            migrationBuilder.DropColumn(
                name: "Waitlisted",
                table: "TrainingSessions");

            migrationBuilder.DropColumn(
                name: "LessonCount",
                table: "Courses");
        }
    }
}
