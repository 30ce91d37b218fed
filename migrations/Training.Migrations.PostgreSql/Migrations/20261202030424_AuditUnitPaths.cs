using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Training.Migrations.PostgreSql.Migrations
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
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            // Entries written before this change: the units they are about, where the rows they name still exist.
            migrationBuilder.Sql("""
                UPDATE "AuditLogEntries" SET "UnitPaths" = (SELECT ';' || u."Path" || ';' FROM "OrganizationUnits" u WHERE u."Id"::text = "AuditLogEntries"."EntityId") WHERE "EntityType" = 'OrganizationUnit' AND "UnitPaths" IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "AuditLogEntries" SET "UnitPaths" = (SELECT ';' || u."Path" || ';' FROM "StaffMembers" s JOIN "OrganizationUnits" u ON u."Id" = s."UnitId" WHERE s."Id"::text = "AuditLogEntries"."EntityId") WHERE "EntityType" = 'StaffMember' AND "UnitPaths" IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "AuditLogEntries" SET "UnitPaths" = (SELECT ';' || u."Path" || ';' FROM "StaffUnitAssignments" a JOIN "OrganizationUnits" u ON u."Id" = a."UnitId" WHERE a."Id"::text = "AuditLogEntries"."EntityId") WHERE "EntityType" = 'StaffUnitAssignment' AND "UnitPaths" IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "AuditLogEntries" SET "UnitPaths" = (SELECT ';' || u."Path" || ';' FROM "TrainingSessions" t JOIN "OrganizationUnits" u ON u."Id" = t."OrganizerUnitId" WHERE t."Id"::text = "AuditLogEntries"."EntityId") WHERE "EntityType" = 'TrainingSession' AND "UnitPaths" IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "AuditLogEntries" SET "UnitPaths" = (SELECT ';' || u."Path" || ';' FROM "Enrollments" n JOIN "TrainingSessions" t ON t."Id" = n."SessionId" JOIN "OrganizationUnits" u ON u."Id" = t."OrganizerUnitId" WHERE n."Id"::text = "AuditLogEntries"."EntityId") WHERE "EntityType" = 'Enrollment' AND "UnitPaths" IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "AuditLogEntries" SET "UnitPaths" = (SELECT ';' || u."Path" || ';' FROM "CourseCompletions" c JOIN "StaffMembers" s ON s."Id" = c."StaffMemberId" JOIN "OrganizationUnits" u ON u."Id" = s."UnitId" WHERE c."Id"::text = "AuditLogEntries"."EntityId") WHERE "EntityType" = 'CourseCompletion' AND "UnitPaths" IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "AuditLogEntries" SET "UnitPaths" = (SELECT ';' || u."Path" || ';' FROM "OrganizationUnits" u WHERE u."Id"::text = substr("AuditLogEntries"."EntityId", 38)) WHERE "EntityType" = 'UserOrganizationUnit' AND "UnitPaths" IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "AuditLogEntries" SET "UnitPaths" = (SELECT ';' || string_agg(u."Path", ';') || ';' FROM "UserOrganizationUnits" o JOIN "OrganizationUnits" u ON u."Id" = o."OrganizationUnitId" WHERE o."UserId"::text = "AuditLogEntries"."EntityId") WHERE "EntityType" = 'TrainingUser' AND "UnitPaths" IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "AuditLogEntries" SET "UnitPaths" = (SELECT ';' || string_agg(u."Path", ';') || ';' FROM "UserOrganizationUnits" o JOIN "OrganizationUnits" u ON u."Id" = o."OrganizationUnitId" WHERE o."UserId"::text = substr("AuditLogEntries"."EntityId", 1, 36)) WHERE "EntityType" = 'IdentityUserRole`1' AND "UnitPaths" IS NULL;
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
