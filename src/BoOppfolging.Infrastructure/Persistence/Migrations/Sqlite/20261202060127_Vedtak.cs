using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace BoOppfolging.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Vedtak : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Hjemler",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 50, nullable: false),
                    Navn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sitat = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Klageinstans = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    KlagefristUker = table.Column<int>(type: "INTEGER", nullable: false),
                    Klageregel = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    KprTjenestekode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 10, nullable: true),
                    GyldigFra = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GyldigTil = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hjemler", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Vedtak",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Nummer = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    ErstatterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Endringsgrunn = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Innhold = table.Column<string>(type: "TEXT", nullable: false),
                    Utfall = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: true),
                    HjemmelId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Fra = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Til = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MinutterPerUke = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    OpprettetAv = table.Column<Guid>(type: "TEXT", nullable: false),
                    Opprettet = table.Column<long>(type: "INTEGER", nullable: false),
                    SaksbehandlerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SendtTilGodkjenning = table.Column<long>(type: "INTEGER", nullable: true),
                    GodkjentAv = table.Column<Guid>(type: "TEXT", nullable: true),
                    Vedtatt = table.Column<long>(type: "INTEGER", nullable: true),
                    BrevId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Klagefrist = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Versjon = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vedtak", x => x.Id);
                    table.CheckConstraint("CK_Vedtak_Totrinnskontroll", "[GodkjentAv] IS NULL OR ([GodkjentAv] <> [OpprettetAv] AND ([SaksbehandlerId] IS NULL OR [GodkjentAv] <> [SaksbehandlerId]))");
                    table.CheckConstraint("CK_Vedtak_VedtattErGodkjent", "[Status] <> 'Vedtatt' OR ([GodkjentAv] IS NOT NULL AND [Vedtatt] IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_Vedtak_Brev_BrevId",
                        column: x => x.BrevId,
                        principalTable: "Brev",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Vedtak_Hjemler_HjemmelId",
                        column: x => x.HjemmelId,
                        principalTable: "Hjemler",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Vedtak_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Vedtaksbeslutninger",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VedtakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SendtAv = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sendt = table.Column<long>(type: "INTEGER", nullable: false),
                    Utfall = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    BesluttetAv = table.Column<Guid>(type: "TEXT", nullable: true),
                    Besluttet = table.Column<long>(type: "INTEGER", nullable: true),
                    Arsaker = table.Column<string>(type: "TEXT", nullable: false),
                    Begrunnelse = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vedtaksbeslutninger", x => x.Id);
                    table.CheckConstraint("CK_Vedtaksbeslutninger_Totrinnskontroll", "[Utfall] NOT IN ('Godkjent', 'Underkjent') OR [BesluttetAv] <> [SendtAv]");
                    table.ForeignKey(
                        name: "FK_Vedtaksbeslutninger_Vedtak_VedtakId",
                        column: x => x.VedtakId,
                        principalTable: "Vedtak",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "Hjemler",
                columns: new[] { "Id", "GyldigFra", "GyldigTil", "KlagefristUker", "Klageinstans", "Klageregel", "Kode", "KprTjenestekode", "Navn", "Sitat" },
                values: new object[,]
                {
                    { new Guid("0193a1c0-0000-7000-8000-000000000001"), new DateOnly(2024, 1, 1), null, 4, "Statsforvalteren", "pasient- og brukerrettighetsloven kapittel 7", "hol-3-2-6b", "2", "Helse- og omsorgstjenesteloven: personlig assistanse (praktisk bistand og opplæring)", "helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b, jf. pasient- og brukerrettighetsloven § 2-1 andre ledd" },
                    { new Guid("0193a1c0-0000-7000-8000-000000000002"), new DateOnly(2023, 7, 1), null, 3, "Statsforvalteren", "forvaltningsloven kapittel VI", "boligsosial-6", null, "Boligsosial lov: individuell bistand for å skaffe eller beholde bolig", "lov om kommunenes ansvar på det boligsosiale feltet (boligsosial lov) § 6" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Hjemler_Kode",
                table: "Hjemler",
                column: "Kode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vedtak_BrevId",
                table: "Vedtak",
                column: "BrevId");

            migrationBuilder.CreateIndex(
                name: "IX_Vedtak_EttUnderArbeid",
                table: "Vedtak",
                column: "SakId",
                unique: true,
                filter: "[Status] <> 'Vedtatt'");

            migrationBuilder.CreateIndex(
                name: "IX_Vedtak_HjemmelId",
                table: "Vedtak",
                column: "HjemmelId");

            migrationBuilder.CreateIndex(
                name: "IX_Vedtak_SakId_Nummer",
                table: "Vedtak",
                columns: new[] { "SakId", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vedtak_Status_SendtTilGodkjenning",
                table: "Vedtak",
                columns: new[] { "Status", "SendtTilGodkjenning" });

            migrationBuilder.CreateIndex(
                name: "IX_Vedtaksbeslutninger_VedtakId_Sendt",
                table: "Vedtaksbeslutninger",
                columns: new[] { "VedtakId", "Sendt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Vedtaksbeslutninger");

            migrationBuilder.DropTable(
                name: "Vedtak");

            migrationBuilder.DropTable(
                name: "Hjemler");
        }
    }
}
