using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Medvirkningsvarsel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Medvirkningsvarsler",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Versjon = table.Column<Guid>(type: "TEXT", nullable: false),
                    HvaSkjedde = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Frist = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BrevId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OpprettetAv = table.Column<Guid>(type: "TEXT", nullable: false),
                    Opprettet = table.Column<long>(type: "INTEGER", nullable: false),
                    Sendt = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OppfolgingDato = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Utfall = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: true),
                    Oppfolgingsnotat = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OppfolgetAv = table.Column<Guid>(type: "TEXT", nullable: true),
                    Oppfolget = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Medvirkningsvarsler", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Medvirkningsvarsler_Brev_BrevId",
                        column: x => x.BrevId,
                        principalTable: "Brev",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Medvirkningsvarsler_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Besok_Utfall_Dato_SakId",
                table: "Besok",
                columns: new[] { "Utfall", "Dato", "SakId" });

            migrationBuilder.CreateIndex(
                name: "IX_Besok_UtfortAv_Dato",
                table: "Besok",
                columns: new[] { "UtfortAv", "Dato" });

            migrationBuilder.CreateIndex(
                name: "IX_Medvirkningsvarsler_BrevId",
                table: "Medvirkningsvarsler",
                column: "BrevId");

            migrationBuilder.CreateIndex(
                name: "IX_Medvirkningsvarsler_SakId_Opprettet",
                table: "Medvirkningsvarsler",
                columns: new[] { "SakId", "Opprettet" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Medvirkningsvarsler");

            migrationBuilder.DropIndex(
                name: "IX_Besok_Utfall_Dato_SakId",
                table: "Besok");

            migrationBuilder.DropIndex(
                name: "IX_Besok_UtfortAv_Dato",
                table: "Besok");
        }
    }
}
