using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Overgangsplan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Overgangsplaner",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Versjon = table.Column<Guid>(type: "TEXT", nullable: false),
                    Innflytting = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InstitusjonSlutt = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Punkter = table.Column<string>(type: "TEXT", nullable: false),
                    OpprettetAv = table.Column<Guid>(type: "TEXT", nullable: true),
                    Opprettet = table.Column<long>(type: "INTEGER", nullable: true),
                    SistEndretAv = table.Column<Guid>(type: "TEXT", nullable: true),
                    SistEndret = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Overgangsplaner", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Overgangsplaner_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Overgangsplaner_Innflytting",
                table: "Overgangsplaner",
                column: "Innflytting");

            migrationBuilder.CreateIndex(
                name: "IX_Overgangsplaner_SakId",
                table: "Overgangsplaner",
                column: "SakId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Overgangsplaner");
        }
    }
}
