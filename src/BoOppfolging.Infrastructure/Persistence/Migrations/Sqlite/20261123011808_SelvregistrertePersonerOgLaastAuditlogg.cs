using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SelvregistrertePersonerOgLaastAuditlogg : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Personer_Fodselsnummer",
                table: "Personer");

            migrationBuilder.AddColumn<bool>(
                name: "Selvregistrert",
                table: "Personer",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Personer_Fodselsnummer_Bekreftet",
                table: "Personer",
                column: "Fodselsnummer",
                unique: true,
                filter: "[Fodselsnummer] IS NOT NULL AND [Selvregistrert] = 0");

            migrationBuilder.CreateIndex(
                name: "IX_Personer_Fodselsnummer_Selvregistrert",
                table: "Personer",
                columns: new[] { "Fodselsnummer", "Selvregistrert" });

            // The audit log is append-only in the database itself, not only in the DbContext:
            // a row can be added, never changed or removed, whoever connects.
            migrationBuilder.Sql("""
                CREATE TRIGGER AuditLogg_IngenEndring BEFORE UPDATE ON AuditLogg
                BEGIN SELECT RAISE(ABORT, 'AuditLogg kan ikke endres'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER AuditLogg_IngenSletting BEFORE DELETE ON AuditLogg
                BEGIN SELECT RAISE(ABORT, 'AuditLogg kan ikke slettes fra'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditLogg_IngenEndring;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditLogg_IngenSletting;");

            migrationBuilder.DropIndex(
                name: "IX_Personer_Fodselsnummer_Bekreftet",
                table: "Personer");

            migrationBuilder.DropIndex(
                name: "IX_Personer_Fodselsnummer_Selvregistrert",
                table: "Personer");

            migrationBuilder.DropColumn(
                name: "Selvregistrert",
                table: "Personer");

            migrationBuilder.CreateIndex(
                name: "IX_Personer_Fodselsnummer",
                table: "Personer",
                column: "Fodselsnummer",
                unique: true,
                filter: "[Fodselsnummer] IS NOT NULL");
        }
    }
}
