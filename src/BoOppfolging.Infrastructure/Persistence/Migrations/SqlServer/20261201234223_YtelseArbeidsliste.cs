using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class YtelseArbeidsliste : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Saker_SaksbehandlerId_Frist_Id_Status",
                table: "Saker");

            migrationBuilder.DropIndex(
                name: "IX_Saker_Status_Frist",
                table: "Saker");

            migrationBuilder.CreateIndex(
                name: "IX_Saker_SaksbehandlerId_Status_Frist_Id",
                table: "Saker",
                columns: new[] { "SaksbehandlerId", "Status", "Frist", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Saker_Status_Frist_Id",
                table: "Saker",
                columns: new[] { "Status", "Frist", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Saker_SaksbehandlerId_Status_Frist_Id",
                table: "Saker");

            migrationBuilder.DropIndex(
                name: "IX_Saker_Status_Frist_Id",
                table: "Saker");

            migrationBuilder.CreateIndex(
                name: "IX_Saker_SaksbehandlerId_Frist_Id_Status",
                table: "Saker",
                columns: new[] { "SaksbehandlerId", "Frist", "Id", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Saker_Status_Frist",
                table: "Saker",
                columns: new[] { "Status", "Frist" });
        }
    }
}
