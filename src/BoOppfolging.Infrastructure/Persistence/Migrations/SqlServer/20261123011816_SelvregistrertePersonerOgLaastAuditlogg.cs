using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.SqlServer
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
                type: "bit",
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
            // a row can be added, never changed or removed, whoever connects. (Retention, when the
            // municipality decides one, is a DBA job that disables this trigger knowingly.)
            // In EXEC: CREATE TRIGGER must open its batch, and the idempotent script puts every
            // statement inside IF NOT EXISTS (...) BEGIN ... END, where SQL Server refuses it bare.
            migrationBuilder.Sql("""
                EXEC(N'CREATE TRIGGER AuditLogg_KunTillegg ON AuditLogg INSTEAD OF UPDATE, DELETE
                AS BEGIN
                    THROW 51000, ''AuditLogg kan ikke endres eller slettes fra'', 1;
                END');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditLogg_KunTillegg;");

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
