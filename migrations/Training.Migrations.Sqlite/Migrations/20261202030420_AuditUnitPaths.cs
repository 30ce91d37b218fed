using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditUnitPaths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UnitPaths",
                table: "AuditLogEntries",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            // Entries written before this change: the units they are about, where the rows they name still exist.
            migrationBuilder.Sql("""
                UPDATE "AuditLogEntries" SET "UnitPaths" = (SELECT ';' || u."Path" || ';' FROM "OrganizationUnits" u WHERE lower(u."Id") = "AuditLogEntries"."EntityId") WHERE "EntityType" = 'OrganizationUnit' AND "UnitPaths" IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "AuditLogEntries" SET "UnitPaths" = (SELECT ';' || u."Path" || ';' FROM "StaffMembers" s JOIN "OrganizationUnits" u ON u."Id" = s."UnitId" WHERE lower(s."Id") = "AuditLogEntries"."EntityId") WHERE "EntityType" = 'StaffMember' AND "UnitPaths" IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "AuditLogEntries" SET "UnitPaths" = (SELECT ';' || u."Path" || ';' FROM "StaffUnitAssignments" a JOIN "OrganizationUnits" u ON u."Id" = a."UnitId" WHERE lower(a."Id") = "AuditLogEntries"."EntityId") WHERE "EntityType" = 'StaffUnitAssignment' AND "UnitPaths" IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "AuditLogEntries" SET "UnitPaths" = (SELECT ';' || u."Path" || ';' FROM "TrainingSessions" t JOIN "OrganizationUnits" u ON u."Id" = t."OrganizerUnitId" WHERE lower(t."Id") = "AuditLogEntries"."EntityId") WHERE "EntityType" = 'TrainingSession' AND "UnitPaths" IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "AuditLogEntries" SET "UnitPaths" = (SELECT ';' || u."Path" || ';' FROM "Enrollments" n JOIN "TrainingSessions" t ON t."Id" = n."SessionId" JOIN "OrganizationUnits" u ON u."Id" = t."OrganizerUnitId" WHERE lower(n."Id") = "AuditLogEntries"."EntityId") WHERE "EntityType" = 'Enrollment' AND "UnitPaths" IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "AuditLogEntries" SET "UnitPaths" = (SELECT ';' || u."Path" || ';' FROM "CourseCompletions" c JOIN "StaffMembers" s ON s."Id" = c."StaffMemberId" JOIN "OrganizationUnits" u ON u."Id" = s."UnitId" WHERE lower(c."Id") = "AuditLogEntries"."EntityId") WHERE "EntityType" = 'CourseCompletion' AND "UnitPaths" IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "AuditLogEntries" SET "UnitPaths" = (SELECT ';' || u."Path" || ';' FROM "OrganizationUnits" u WHERE lower(u."Id") = substr("AuditLogEntries"."EntityId", 38)) WHERE "EntityType" = 'UserOrganizationUnit' AND "UnitPaths" IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "AuditLogEntries" SET "UnitPaths" = (SELECT ';' || group_concat(u."Path", ';') || ';' FROM "UserOrganizationUnits" o JOIN "OrganizationUnits" u ON u."Id" = o."OrganizationUnitId" WHERE lower(o."UserId") = "AuditLogEntries"."EntityId") WHERE "EntityType" = 'TrainingUser' AND "UnitPaths" IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "AuditLogEntries" SET "UnitPaths" = (SELECT ';' || group_concat(u."Path", ';') || ';' FROM "UserOrganizationUnits" o JOIN "OrganizationUnits" u ON u."Id" = o."OrganizationUnitId" WHERE lower(o."UserId") = substr("AuditLogEntries"."EntityId", 1, 36)) WHERE "EntityType" = 'IdentityUserRole`1' AND "UnitPaths" IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "UnitPaths",
                table: "AuditLogEntries");
        }
    }
}
