using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Oppfolging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Besok",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Versjon = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    UtfortAv = table.Column<Guid>(type: "TEXT", nullable: false),
                    Dato = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Slutt = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Minutter = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Utfall = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: true),
                    Arsak = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Omrader = table.Column<string>(type: "TEXT", nullable: false),
                    Maal = table.Column<string>(type: "TEXT", nullable: false),
                    Notat = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PlanlagtAv = table.Column<Guid>(type: "TEXT", nullable: true),
                    Planlagt = table.Column<long>(type: "INTEGER", nullable: true),
                    RegistrertAv = table.Column<Guid>(type: "TEXT", nullable: true),
                    Registrert = table.Column<long>(type: "INTEGER", nullable: true),
                    Korreksjoner = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Besok", x => x.Id);
                    table.CheckConstraint("CK_Besok_Minutter", "[Minutter] >= 0 AND [Minutter] <= 1440");
                    table.CheckConstraint("CK_Besok_RegistrertHarUtfall", "[Status] <> 'Registrert' OR ([Utfall] IS NOT NULL AND [Registrert] IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_Besok_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Kontaktperioder",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BrukerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rolle = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Fra = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Til = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Begrunnelse = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TildeltAv = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tildelt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kontaktperioder", x => x.Id);
                    table.CheckConstraint("CK_Kontaktperioder_Periode", "[Til] IS NULL OR [Til] >= [Fra]");
                    table.ForeignKey(
                        name: "FK_Kontaktperioder_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Besok_Planlagte",
                table: "Besok",
                columns: new[] { "Dato", "UtfortAv" },
                filter: "[Status] = 'Planlagt'");

            migrationBuilder.CreateIndex(
                name: "IX_Besok_SakId_Dato",
                table: "Besok",
                columns: new[] { "SakId", "Dato" });

            migrationBuilder.CreateIndex(
                name: "IX_Besok_SakId_Utfall_Dato",
                table: "Besok",
                columns: new[] { "SakId", "Utfall", "Dato" });

            migrationBuilder.CreateIndex(
                name: "IX_Kontaktperioder_BrukerId_Til",
                table: "Kontaktperioder",
                columns: new[] { "BrukerId", "Til" });

            migrationBuilder.CreateIndex(
                name: "IX_Kontaktperioder_EnApenPerRolle",
                table: "Kontaktperioder",
                columns: new[] { "SakId", "Rolle" },
                unique: true,
                filter: "[Til] IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Kontaktperioder_SakId_Fra",
                table: "Kontaktperioder",
                columns: new[] { "SakId", "Fra" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Besok");

            migrationBuilder.DropTable(
                name: "Kontaktperioder");
        }
    }
}
