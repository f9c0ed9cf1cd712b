import { Sequelize } from 'sequelize';
import { postgresConnection } from './connection-options';

/** One Sequelize instance per database URL (TLS from its `sslmode`); SQL in UTC, no query logging. */
export function createSequelize(databaseUrl: string, poolMax = 10): Sequelize {
  const { connectionString, ssl } = postgresConnection(databaseUrl);
  return new Sequelize(connectionString, {
    dialect: 'postgres',
    dialectOptions: { ssl },
    logging: false,
    timezone: '+00:00',
    pool: { max: poolMax, min: 0, idle: 10_000 },
    define: { underscored: true, timestamps: true },
  });
}
